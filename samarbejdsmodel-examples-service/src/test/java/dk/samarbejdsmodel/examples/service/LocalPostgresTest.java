package dk.samarbejdsmodel.examples.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class LocalPostgresTest {

  @Test
  void without_postgresql_binaries_the_start_fails_and_says_how_to_get_them() throws Exception {
    Path empty = Files.createTempDirectory("no-postgres");
    String before = System.getProperty("sam.pg.bin");
    System.setProperty("sam.pg.bin", empty.toString());
    try {
      IllegalStateException e = assertThrows(IllegalStateException.class,
          () -> LocalPostgres.start(LocalPostgres.Settings.forTests()));
      assertEquals(LocalPostgres.HOW_TO_GET_ONE, e.getMessage());
      assertTrue(e.getMessage().contains("apt-get install -y postgresql"));
      assertTrue(e.getMessage().contains("SAM_PG_URL"));
    } finally {
      if (before == null) {
        System.clearProperty("sam.pg.bin");
      } else {
        System.setProperty("sam.pg.bin", before);
      }
      Files.deleteIfExists(empty);
    }
  }

  @Test
  void the_machines_postgresql_is_found() {
    assertTrue(LocalPostgres.findBinaries().isPresent(), LocalPostgres.HOW_TO_GET_ONE);
  }
}

package dk.samarbejdsmodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.meeting.MeetingKind;
import dk.samarbejdsmodel.core.people.ParticipantRole;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reader's shortcut that turns codes, enum constants and dates into values straight from the parser's
 * character buffer gives exactly what the text path gives, or steps aside (then the text path decides and
 * reports any error).
 */
class CharShortcutTest {

  private static <T> T chars(Codecs.TextCodec<T> codec, String text) {
    char[] padded = ("xx" + text + "yy").toCharArray(); // the value sits inside a larger buffer
    return codec.fromChars(padded, 2, text.length());
  }

  @Test
  void datesAgreeWithTheTextPath() {
    Codecs.TextCodec<LocalDate> date = (Codecs.TextCodec<LocalDate>) Codecs.DATE;
    for (int y : new int[] {0, 1, 1900, 2000, 2023, 2024, 2100, 9999}) {
      for (int m = 0; m <= 13; m++) {
        for (int d = 0; d <= 32; d++) {
          String text = String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d);
          assertEquals(Codecs.parseDate(text), chars(date, text), text);
        }
      }
    }
    SplittableRandom rnd = new SplittableRandom(16);
    String alphabet = "0123456789-+ aZ";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder b = new StringBuilder();
      int n = 8 + rnd.nextInt(4);
      for (int k = 0; k < n; k++) {
        b.append(rnd.nextInt(3) == 0 ? alphabet.charAt(rnd.nextInt(alphabet.length())) : (char) ('0' + rnd.nextInt(10)));
      }
      if (rnd.nextBoolean() && b.length() >= 8) {
        b.setCharAt(4, '-');
        b.setCharAt(7, '-');
      }
      LocalDate quick = chars(date, b.toString());
      if (quick != null) {
        assertEquals(Codecs.parseDate(b.toString()), quick, b.toString());
      }
    }
  }

  @Test
  void enumConstantsAreFoundByName() {
    Codecs.TextCodec<MeetingKind> kinds = (Codecs.TextCodec<MeetingKind>) Codecs.enumOf(MeetingKind.class);
    for (MeetingKind k : MeetingKind.values()) {
      assertSame(k, chars(kinds, k.name()));
      assertNull(chars(kinds, k.name().toLowerCase(java.util.Locale.ROOT)));
      assertNull(chars(kinds, k.name() + "X"));
    }
    assertNull(chars(kinds, ""));
  }

  @Test
  void builtInCodesAreTheConstantsAndOtherCodesTakeTheTextPath() {
    Codecs.TextCodec<LifeArea> areas = (Codecs.TextCodec<LifeArea>) ModelCodecs.LIFE_AREA;
    for (LifeArea a : LifeArea.builtIns()) {
      assertSame(LifeArea.of(a.code()), chars(areas, a.code()));
    }
    assertNull(chars(areas, "dk.aarhus:LEISURE"));
    assertNull(chars(areas, "NOT_A_CODE_OF_THIS_LIST"));
    Codecs.TextCodec<ParticipantRole> roles = (Codecs.TextCodec<ParticipantRole>) Codecs.openCode(
        ParticipantRole.class, ParticipantRole::of, ParticipantRole::builtIns);
    for (ParticipantRole r : ParticipantRole.builtIns()) {
      assertSame(ParticipantRole.of(r.code()), chars(roles, r.code()));
    }
  }
}

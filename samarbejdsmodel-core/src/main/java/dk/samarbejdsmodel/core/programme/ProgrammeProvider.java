package dk.samarbejdsmodel.core.programme;

import java.util.List;

/**
 * Programudbyder: service provider interface through which plugins add programmes.
 *
 * <p>Register in {@code META-INF/services/dk.samarbejdsmodel.core.programme.ProgrammeProvider}; the
 * programmes then appear in {@code Catalogue.standard().programmes()} (or add the provider by hand:
 * {@code Catalogue.builder().addBuiltIns().addPlugin(provider)}).
 */
public interface ProgrammeProvider {
  /** The programmes this plugin contributes. */
  List<Programme> programmes();
}

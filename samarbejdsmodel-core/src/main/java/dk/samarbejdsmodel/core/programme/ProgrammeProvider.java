package dk.samarbejdsmodel.core.programme;

import java.util.List;

/**
 * Programudbyder: service provider interface through which plugins add programmes.
 *
 * <p>Register in {@code META-INF/services/dk.samarbejdsmodel.core.programme.ProgrammeProvider}; the
 * programmes then appear in {@link Programmes#find(String)} and {@link Programmes#all()}.
 */
public interface ProgrammeProvider {
  /** The programmes this plugin contributes. */
  List<Programme> programmes();
}

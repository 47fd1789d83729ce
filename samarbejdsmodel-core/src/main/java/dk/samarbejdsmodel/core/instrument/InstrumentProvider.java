package dk.samarbejdsmodel.core.instrument;

import java.util.List;

/**
 * Udbyder af måleredskaber: service provider interface through which plugins add instruments.
 *
 * <p>Register in {@code META-INF/services/dk.samarbejdsmodel.core.instrument.InstrumentProvider}; the
 * instruments then appear in {@code Catalogue.standard().instruments()} (or add the provider by hand:
 * {@code Catalogue.builder().addBuiltIns().addPlugin(provider)}).
 */
public interface InstrumentProvider {
  /** The instruments this plugin contributes. */
  List<Instrument> instruments();
}

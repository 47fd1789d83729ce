package dk.samarbejdsmodel.json.internal;

import dk.samarbejdsmodel.json.Retained;

/**
 * Skrivekontekst: the state of one write — the retained data to put back. Immutable. Internal.
 *
 * <pre>{@code
 * JsonNode n = ModelCodecs.FORM.encode(form, "", new EncodeContext(Retained.empty()));
 * }</pre>
 *
 * @param retained extensions and unknown fields by pointer
 */
public record EncodeContext(Retained retained) {}

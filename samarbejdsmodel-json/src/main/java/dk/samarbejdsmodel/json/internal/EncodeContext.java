package dk.samarbejdsmodel.json.internal;

import dk.samarbejdsmodel.json.Retained;

/** The state of one write: the retained data to put back. Immutable. */
public record EncodeContext(Retained retained) {}

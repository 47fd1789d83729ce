/**
 * Katalog: the one explicit, immutable object that says what a host knows — programmes, instruments, life
 * areas, rules and labels, built-in and from plugins. Values check only what lies inside themselves; whatever
 * needs to know the catalogue (is this programme known, does this response fit a known instrument) is checked
 * by {@link dk.samarbejdsmodel.core.catalogue.Catalogue#check(dk.samarbejdsmodel.core.course.Course)}, and the
 * reader, the rule evaluator and the cohort functions are handed a catalogue, as {@code java.time} is handed a
 * {@code Clock}.
 */
package dk.samarbejdsmodel.core.catalogue;

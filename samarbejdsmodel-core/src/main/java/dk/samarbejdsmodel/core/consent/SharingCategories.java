package dk.samarbejdsmodel.core.consent;

import dk.samarbejdsmodel.core.instrument.LifeArea;
import dk.samarbejdsmodel.core.tools.InformationCategory;
import java.util.Map;
import java.util.Set;

/**
 * Kategorisering af oplysninger: which information categories each part of a course belongs to, so a sharing
 * view can match it against consent. Conservative: an item is shared only if every category it belongs to is
 * permitted.
 *
 * <table>
 *   <caption>Categories of the parts of a course</caption>
 *   <tr><th>part</th><th>categories</th></tr>
 *   <tr><td>goal in {@code SCHOOL_EDUCATION_EMPLOYMENT}</td><td>EDUCATION and EMPLOYMENT</td></tr>
 *   <tr><td>goal in {@code HOUSEHOLD_ECONOMY}</td><td>ECONOMY</td></tr>
 *   <tr><td>goal in {@code SOCIAL_NETWORK_COMPETENCES}</td><td>SOCIAL</td></tr>
 *   <tr><td>goal in {@code PHYSICAL_HEALTH} or {@code MENTAL_HEALTH}</td><td>HEALTH</td></tr>
 *   <tr><td>goal in {@code CRIME} / {@code SUBSTANCE_USE}</td><td>CRIME / SUBSTANCE_USE</td></tr>
 *   <tr><td>sub-goal</td><td>its own and all its parent goals' categories</td></tr>
 *   <tr><td>agreement</td><td>the categories of every goal it serves</td></tr>
 *   <tr><td>the young person's wishes, meetings, interventions, network card and overview</td><td>SOCIAL</td></tr>
 *   <tr><td>status registration: education / employment / housing</td><td>EDUCATION / EMPLOYMENT / HOUSING</td></tr>
 * </table>
 *
 * <pre>{@code
 * SharingCategories.forLifeArea(LifeArea.MENTAL_HEALTH);   // [HEALTH]
 * SharingCategories.forLifeArea(LifeArea.of("dk.aarhus:LEISURE")); // [] — unclassified, never shared
 * }</pre>
 */
public final class SharingCategories {

  private static final Map<LifeArea, Set<InformationCategory>> BY_LIFE_AREA = Map.of(
      LifeArea.SCHOOL_EDUCATION_EMPLOYMENT, Set.of(InformationCategory.EDUCATION, InformationCategory.EMPLOYMENT),
      LifeArea.HOUSEHOLD_ECONOMY, Set.of(InformationCategory.ECONOMY),
      LifeArea.SOCIAL_NETWORK_COMPETENCES, Set.of(InformationCategory.SOCIAL),
      LifeArea.PHYSICAL_HEALTH, Set.of(InformationCategory.HEALTH),
      LifeArea.MENTAL_HEALTH, Set.of(InformationCategory.HEALTH),
      LifeArea.CRIME, Set.of(InformationCategory.CRIME),
      LifeArea.SUBSTANCE_USE, Set.of(InformationCategory.SUBSTANCE_USE),
      LifeArea.HOUSING, Set.of(InformationCategory.HOUSING));

  /** The category of the young person's wishes, meetings, interventions and the network card and overview. */
  public static final InformationCategory SOCIAL_RECORDS = InformationCategory.SOCIAL;

  private SharingCategories() {}

  /** The categories of a life area; empty for a vendor life area, which is then never shared. */
  public static Set<InformationCategory> forLifeArea(LifeArea area) {
    return BY_LIFE_AREA.getOrDefault(area, Set.of());
  }
}

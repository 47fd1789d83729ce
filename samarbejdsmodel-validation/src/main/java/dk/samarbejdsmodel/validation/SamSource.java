package dk.samarbejdsmodel.validation;

/**
 * Kilde til en SDK-værdi: a vendor's own object (a request body, a JPA entity) that turns itself into an SDK value
 * by calling the SDK's builders. Put {@link SamValid @SamValid} on the class (or on a field of this type), and
 * Bean Validation reports every structural violation the builder finds as a {@code ConstraintViolation} with the
 * SDK's path, code and messages — instead of an exception deep in the service layer.
 *
 * <pre>{@code
 * @SamValid(rules = true)
 * public record AgreementRequest(String id, String action, List<String> goalIds) implements SamSource<Agreement> {
 *   public Agreement toSam() {
 *     return Agreement.builder().id(id).action(action).addAllGoalIds(goalIds).build();
 *   }
 * }
 * }</pre>
 *
 * @param <T> the SDK type built
 */
public interface SamSource<T> {

  /**
   * The SDK value.
   *
   * @throws dk.samarbejdsmodel.core.StructuralViolationException when the value would be structurally invalid
   */
  T toSam();
}

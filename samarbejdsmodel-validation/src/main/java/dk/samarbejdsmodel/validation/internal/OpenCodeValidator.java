package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.core.StructuralCode;
import dk.samarbejdsmodel.core.Violation;
import dk.samarbejdsmodel.validation.OpenCode;
import dk.samarbejdsmodel.validation.Problem;
import jakarta.validation.ConstraintValidatorContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;

/**
 * {@link OpenCode} on text: the code type's own {@code of(String)} decides the syntax, its {@code builtIns()}
 * the built-in codes. Internal.
 */
public final class OpenCodeValidator extends ProblemValidator<OpenCode, CharSequence> {

  private Method of;
  private List<?> builtIns;

  @Override
  String defaultMessage() {
    return "{dk.samarbejdsmodel.validation.OpenCode.message}";
  }

  @Override
  String message(OpenCode a) {
    return a.message();
  }

  @Override
  void init(OpenCode a) {
    Class<?> type = a.value();
    try {
      of = type.getMethod("of", String.class);
      if (!Modifier.isStatic(of.getModifiers())) {
        throw new IllegalArgumentException(type.getName() + ".of(String) is not static");
      }
      if (a.builtInOnly()) {
        builtIns = (List<?>) type.getMethod("builtIns").invoke(null);
      }
    } catch (ReflectiveOperationException e) {
      throw new IllegalArgumentException("@OpenCode needs a code type with static of(String) and builtIns(): "
          + type.getName(), e);
    }
  }

  @Override
  List<Problem> problems(CharSequence value, ConstraintValidatorContext context) {
    Object code;
    try {
      code = of.invoke(null, value.toString());
    } catch (InvocationTargetException e) {
      if (e.getCause() instanceof IllegalArgumentException) {
        return List.of(Problem.of(Violation.of("", StructuralCode.INVALID_FORMAT,
            "UPPER_SNAKE or namespace:UPPER_SNAKE")));
      }
      throw new IllegalStateException("the code type failed", e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
    if (builtIns != null && !builtIns.contains(code)) {
      return List.of(Problem.of(Violation.of("", StructuralCode.INVALID_FORMAT, "one of the built-in codes")));
    }
    return List.of();
  }
}

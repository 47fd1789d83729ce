package dk.samarbejdsmodel.validation.internal;

import dk.samarbejdsmodel.validation.Problem;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/**
 * A constraint violation made from an SDK problem outside a validator (the translation of a
 * {@code StructuralViolationException}). It carries no bean and no invalid value. Internal.
 */
public final class SamConstraintViolation implements ConstraintViolation<Object> {

  private final Problem problem;
  private final String message;

  /** A violation for a problem with its message in the locale's language. */
  public SamConstraintViolation(Problem problem, Locale locale) {
    this.problem = problem;
    this.message = problem.message(locale);
  }

  /** The problem. */
  public Problem problem() {
    return problem;
  }

  @Override
  public String getMessage() {
    return message;
  }

  @Override
  public String getMessageTemplate() {
    return "{" + problem.messageKey() + "}";
  }

  @Override
  public Object getRootBean() {
    return null;
  }

  @Override
  public Class<Object> getRootBeanClass() {
    return null;
  }

  @Override
  public Object getLeafBean() {
    return null;
  }

  @Override
  public Object[] getExecutableParameters() {
    return null;
  }

  @Override
  public Object getExecutableReturnValue() {
    return null;
  }

  @Override
  public Path getPropertyPath() {
    return new SimplePath(problem.where());
  }

  /** Always null: the value may be personal data. */
  @Override
  public Object getInvalidValue() {
    return null;
  }

  @Override
  public ConstraintDescriptor<?> getConstraintDescriptor() {
    return null;
  }

  @Override
  public <U> U unwrap(Class<U> type) {
    if (type.isInstance(this)) {
      return type.cast(this);
    }
    if (type.isInstance(problem)) {
      return type.cast(problem);
    }
    throw new jakarta.validation.ValidationException("cannot unwrap to " + type.getName());
  }

  @Override
  public String toString() {
    return "SamConstraintViolation[" + problem + "]";
  }

  /** A path of one property node named by the SDK path (or none for the whole value). */
  private record SimplePath(String where) implements Path {
    @Override
    public Iterator<Node> iterator() {
      return where.isEmpty() ? List.<Node>of().iterator() : List.<Node>of(new Property(where)).iterator();
    }

    @Override
    public String toString() {
      return where;
    }
  }

  private record Property(String name) implements Path.PropertyNode {
    @Override
    public String getName() {
      return name;
    }

    @Override
    public boolean isInIterable() {
      return false;
    }

    @Override
    public Integer getIndex() {
      return null;
    }

    @Override
    public Object getKey() {
      return null;
    }

    @Override
    public ElementKind getKind() {
      return ElementKind.PROPERTY;
    }

    @Override
    public <T extends Path.Node> T as(Class<T> nodeType) {
      return nodeType.cast(this);
    }

    @Override
    public Class<?> getContainerClass() {
      return null;
    }

    @Override
    public Integer getTypeArgumentIndex() {
      return null;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}

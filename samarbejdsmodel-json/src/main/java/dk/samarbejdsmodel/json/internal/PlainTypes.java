package dk.samarbejdsmodel.json.internal;

import com.fasterxml.jackson.databind.JavaType;
import java.lang.reflect.Type;

/** A Jackson 2 {@link JavaType} as a reflection {@link Type}, with its type parameters. Internal. */
final class PlainTypes {

  private PlainTypes() {}

  static Type of(JavaType t) {
    Type[] args = new Type[t.containedTypeCount()];
    for (int i = 0; i < args.length; i++) {
      args[i] = of(t.containedType(i));
    }
    return PlainValues.parameterized(t.getRawClass(), args);
  }
}

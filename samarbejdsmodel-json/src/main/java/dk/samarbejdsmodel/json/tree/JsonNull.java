package dk.samarbejdsmodel.json.tree;

/** JSON {@code null}: one value, {@link JsonValue#NULL}. */
public final class JsonNull implements JsonValue {

  static final JsonNull INSTANCE = new JsonNull();

  private JsonNull() {}

  @Override
  public boolean equals(Object o) {
    return o instanceof JsonNull;
  }

  @Override
  public int hashCode() {
    return 0;
  }

  @Override
  public String toString() {
    return "JsonNull";
  }
}

package dev.jsbind.runtime.binding;

/** An enum type: its constants cross as their {@link Enum#name() names}. */
public final class JsEnum<E extends Enum<E>> extends JsType {
  private final E[] constants;

  JsEnum(Class<E> type, E[] constants) {
    super(Kind.ENUM, true, type, describe(constants));
    this.constants = constants.clone();
  }

  private static String describe(Enum<?>[] constants) {
    StringBuilder out = new StringBuilder("one of ");
    for (int i = 0; i < constants.length; i++) {
      out.append(i == 0 ? "" : ", ").append('\'').append(constants[i].name()).append('\'');
    }
    return constants.length == 0 ? "null (the enum has no constants)" : out.append(" or null").toString();
  }

  /** The constant with this ordinal. */
  public E constant(int ordinal) {
    return constants[ordinal];
  }

  public int size() {
    return constants.length;
  }
}

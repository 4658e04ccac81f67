package dev.jsbind.it;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsProperty;

/**
 * A second exposed interface, unrelated to Sized and Counter: objects of non-exposed classes that
 * implement it together with one of those need the members of both.
 */
@JsExposed
public interface Tagged {
  String tag();

  @JsProperty
  default String getTagLine() {
    return "#" + tag();
  }

  /** A non-exposed class implementing two unrelated exposed interfaces. */
  static Tagged both(int size, String tag) {
    return new SizedAndTagged(size, tag);
  }

  /** Another class with the same two interfaces, in the other order. */
  static Sized bothAgain(int size) {
    return new TaggedAndSized(size);
  }

  /** A non-exposed subclass of an exposed class, implementing an interface that class does not. */
  static Counter taggedCounter(int start, String tag) {
    return new TaggedCounter(start, tag);
  }

  final class SizedAndTagged implements Sized, Tagged {
    private final int size;
    private final String tag;

    SizedAndTagged(int size, String tag) {
      this.size = size;
      this.tag = tag;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public String tag() {
      return tag;
    }
  }

  final class TaggedAndSized implements Tagged, Sized {
    private final int size;

    TaggedAndSized(int size) {
      this.size = size;
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    public String tag() {
      return "again";
    }
  }

  final class TaggedCounter extends Counter implements Tagged {
    private final String tag;

    TaggedCounter(int start, String tag) {
      super(start);
      this.tag = tag;
    }

    @Override
    public String tag() {
      return tag;
    }
  }
}

package dev.jsbind.it;

/** Not exposed: it gives Bag its count() and, through Sized.Counted, makes it a Sized. */
public abstract class Container implements Sized.Counted {
  private final int count;

  Container(int count) {
    this.count = count;
  }

  @Override
  public int count() {
    return count;
  }
}

package dev.jsbind.it;

import dev.jsbind.annotations.JsValue;
import java.util.List;

/** A value that contains itself: a tree. */
@JsValue
public final class Node {
  public final String name;
  public final List<Node> children;

  public Node(String name, List<Node> children) {
    this.name = name;
    this.children = children;
  }

  int size() {
    int size = 1;
    for (Node child : children) {
      size += child.size();
    }
    return size;
  }
}

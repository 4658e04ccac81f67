package dev.jsbind.samples.todo;

import dev.jsbind.annotations.JsExposed;
import dev.jsbind.annotations.JsIgnore;
import dev.jsbind.annotations.JsProperty;
import java.util.ArrayList;
import java.util.List;

/** One task. Tasks are made by {@link TodoList#add}, so JavaScript cannot construct one itself. */
@JsExposed
public class Task {
  private final String title;
  private Priority priority;
  private boolean done;
  private final List<String> tags = new ArrayList<String>();

  Task(String title, Priority priority) {
    this.title = title;
    this.priority = priority;
  }

  @JsProperty
  public String getTitle() {
    return title;
  }

  @JsProperty
  public Priority getPriority() {
    return priority;
  }

  @JsProperty
  public void setPriority(Priority priority) {
    if (priority == null) {
      throw new IllegalArgumentException("a task needs a priority");
    }
    this.priority = priority;
  }

  @JsProperty
  public boolean isDone() {
    return done;
  }

  @JsProperty
  public void setDone(boolean done) {
    this.done = done;
  }

  /** Adds a tag; returns this task so calls chain. */
  public Task tag(String tag) {
    if (tag == null || tag.trim().isEmpty()) {
      throw new IllegalArgumentException("a tag must not be blank");
    }
    if (!tags.contains(tag)) {
      tags.add(tag);
    }
    return this;
  }

  public boolean hasTag(String tag) {
    return tags.contains(tag);
  }

  /** The tags, in the order they were added (a copy: JavaScript gets an array of strings). */
  public List<String> tags() {
    return new ArrayList<String>(tags);
  }

  @Override
  public String toString() {
    return (done ? "[x] " : "[ ] ") + title + " (" + priority + (tags.isEmpty() ? "" : "; " + String.join(",", tags)) + ")";
  }

  /** Java-only: JavaScript cannot see it. */
  @JsIgnore
  public List<String> tagList() {
    return tags;
  }
}

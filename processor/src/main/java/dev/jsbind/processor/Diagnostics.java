package dev.jsbind.processor;

import javax.annotation.processing.Messager;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** The only way the processor reports problems: every message comes from the {@link Message} catalogue. */
final class Diagnostics {
  private final Messager messager;
  private int errorCount;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  void error(Element element, Message message, Object... args) {
    errorCount++;
    messager.printMessage(Diagnostic.Kind.ERROR, message.format(args), element);
  }

  /**
   * Errors reported so far. Validators compare it before and after a class, so a binding is only
   * generated from a class that reported nothing.
   */
  int errorCount() {
    return errorCount;
  }
}

package dev.jsbind.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
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
   * Reports a bug in jsbind with its stack trace, so users can report it. {@code element} may be
   * null when no single element is to blame.
   */
  void internalError(Element element, String processing, Throwable bug) {
    StringWriter trace = new StringWriter();
    bug.printStackTrace(new PrintWriter(trace));
    errorCount++;
    String text = Message.INTERNAL_ERROR.format(processing, trace);
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }

  /**
   * Errors reported so far. Validators compare it before and after a class, so a binding is only
   * generated from a class that reported nothing.
   */
  int errorCount() {
    return errorCount;
  }
}

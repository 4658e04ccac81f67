package dev.jsbind.processor;

import java.io.PrintWriter;
import java.io.StringWriter;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** The only way the processor reports problems: every message comes from the {@link Message} catalogue. */
final class Diagnostics {
  private final Messager messager;
  private int errorCount;

  Diagnostics(Messager messager) {
    this.messager = messager;
  }

  /**
   * Counts errors without printing them: for a second pass over classes whose problems another
   * processor already reports (see {@link JsApiProcessor}).
   */
  static Diagnostics silent() {
    return new Diagnostics(new Messager() {
      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e) {}

      @Override
      public void printMessage(Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a) {}

      @Override
      public void printMessage(
          Diagnostic.Kind kind, CharSequence msg, Element e, AnnotationMirror a, AnnotationValue v) {}
    });
  }

  /** Reports an error on {@code element}, or on the compilation when no element is to blame (null). */
  void error(Element element, Message message, Object... args) {
    errorCount++;
    print(element, message.format(args));
  }

  /**
   * Reports a bug in jsbind with its stack trace, so users can report it. {@code element} may be
   * null when no single element is to blame.
   */
  void internalError(Element element, String processing, Throwable bug) {
    StringWriter trace = new StringWriter();
    bug.printStackTrace(new PrintWriter(trace));
    errorCount++;
    print(element, Message.INTERNAL_ERROR.format(processing, trace));
  }

  /**
   * Errors reported so far. Validators compare it before and after a class, so a binding is only
   * generated from a class that reported nothing.
   */
  int errorCount() {
    return errorCount;
  }

  private void print(Element element, String text) {
    if (element == null) {
      messager.printMessage(Diagnostic.Kind.ERROR, text);
    } else {
      messager.printMessage(Diagnostic.Kind.ERROR, text, element);
    }
  }
}

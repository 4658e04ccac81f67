package dev.jsbind.processor;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Describes Java members for the model: signature and Javadoc. Signatures are built from
 * qualified names rather than {@code TypeMirror.toString()}, which would also print type
 * annotations ({@code @Nullable}), and they leave out parameter names, which a class read from a
 * jar may not have: the same class must give the same exposure report from source or from bytecode.
 */
final class JavaMembers {
  private final Elements elements;

  JavaMembers(Elements elements) {
    this.elements = elements;
  }

  JavaMember ofClass(TypeElement type) {
    return new JavaMember(type.getQualifiedName().toString(), doc(type));
  }

  /** {@code com.example.Counter(int)} or {@code int com.example.Counter.add(int)}. */
  JavaMember ofExecutable(ExecutableElement executable, ExecutableType resolved) {
    String owner = declaringType(executable).getQualifiedName().toString();
    String parameters = resolved.getParameterTypes().stream()
        .map(JavaMembers::typeName)
        .collect(Collectors.joining(", ", "(", ")"));
    String signature = executable.getKind() == ElementKind.CONSTRUCTOR
        ? owner + parameters
        : typeName(resolved.getReturnType()) + " " + owner + "." + executable.getSimpleName() + parameters;
    return new JavaMember(signature, doc(executable));
  }

  /** {@code long com.example.Counter.id}. */
  JavaMember ofField(VariableElement field, TypeMirror resolved) {
    return new JavaMember(typeName(resolved) + " " + declaringType(field).getQualifiedName() + "."
        + field.getSimpleName(), doc(field));
  }

  private Optional<String> doc(Element element) {
    String doc = elements.getDocComment(element);
    return doc == null || doc.isBlank() ? Optional.empty() : Optional.of(doc);
  }

  private static String typeName(TypeMirror type) {
    if (type.getKind() == TypeKind.DECLARED) {
      return ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().toString();
    }
    // Primitives and void; validation has rejected everything else before a model is built.
    return type.getKind().isPrimitive() || type.getKind() == TypeKind.VOID
        ? type.getKind().name().toLowerCase(Locale.ROOT)
        : type.toString();
  }

  private static TypeElement declaringType(Element member) {
    return (TypeElement) member.getEnclosingElement();
  }
}

package dev.jsbind.processor;

import com.google.auto.service.AutoService;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Describes the JavaScript API of a compilation: writes {@code META-INF/jsbind/jsbind.d.ts}
 * (TypeScript declarations) and {@code META-INF/jsbind/exposure.tsv} (every member scripts can
 * reach, with the Java member behind it) to the class output, copies the declarations to
 * {@code -Ajsbind.dtsDir}, and compares the report with {@code -Ajsbind.exposureBaseline}.
 *
 * <p>It is a processor of its own, apart from {@link JsBindProcessor}, because its files are made
 * from all exposed classes together: that makes it "aggregating" for Gradle, while bindings stay
 * "isolating". It models each class with the same validator, silently, since JsBindProcessor
 * reports every problem, and hands the valid models on to it ({@link ValidatedClasses}) so that a
 * class is validated once. It never claims an annotation, so that javac still offers them to
 * JsBindProcessor, which META-INF/services lists after it (auto-service writes that file sorted, and
 * RegistrationTest fails if the order ever changes).
 *
 * <p>Models are collected round by round (as records, never Elements) and the files are written
 * in the last round, only when every class was valid and no error was reported: a failing
 * compilation does not replace a good description with a partial one. An IDE's incremental
 * build compiles only the classes that changed into the previous output; the classes the
 * previous report lists that still exist and are still exposed are then modelled again from
 * their class files, so that the description stays whole (see {@link #addUnchangedClasses}).
 */
@AutoService(Processor.class)
public final class JsApiProcessor extends AbstractProcessor {
  private final ExposedTypeRounds rounds = new ExposedTypeRounds();
  private final Map<String, ExposedClass> classesByJsName = new TreeMap<>();
  private boolean incomplete;

  private Diagnostics diagnostics;
  private ExposedClassValidator validator;
  private ProcessorOptions options;
  private ApiFiles files;

  @Override
  public synchronized void init(ProcessingEnvironment processingEnv) {
    super.init(processingEnv);
    diagnostics = new Diagnostics(processingEnv.getMessager());
    validator = new ExposedClassValidator(
        processingEnv.getElementUtils(), processingEnv.getTypeUtils(), Diagnostics.silent());
    options = ProcessorOptions.read(processingEnv.getOptions(), diagnostics);
    files = new ApiFiles(processingEnv.getFiler());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(Annotations.EXPOSED.qualifiedName());
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.NAMES;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    ValidatedClasses.beginRound(processingEnv.getElementUtils());
    for (TypeElement type : rounds.due(round, processingEnv.getElementUtils())) {
      collect(type, round.processingOver());
    }
    if (round.processingOver() && !classesByJsName.isEmpty()) {
      try {
        addUnchangedClasses();
        if (!incomplete && !round.errorRaised()) {
          describe();
        }
      } catch (IOException | RuntimeException | LinkageError | AssertionError e) {
        diagnostics.internalError(null, "the description of the JavaScript API (" + ApiFiles.DIRECTORY + ")", e);
      }
    }
    return false; // see the class comment
  }

  private void collect(TypeElement type, boolean lastRound) {
    try {
      if (rounds.deferIfUnresolved(type, lastRound)) {
        return;
      }
      Optional<ExposedClass> model = validator.validate(type);
      if (model.isEmpty()) {
        incomplete = true;
        return;
      }
      ValidatedClasses.offer(processingEnv.getElementUtils(), model.get());
      ExposedClass clash = classesByJsName.putIfAbsent(model.get().jsName(), model.get());
      if (clash != null) {
        incomplete = true;
        diagnostics.error(type, Message.DUPLICATE_CLASS_NAME, Site.describe(type), clash.jsName(),
            "class " + clash.type().canonicalName());
      }
    } catch (RuntimeException | LinkageError | AssertionError e) {
      // The same validation crashes in JsBindProcessor, which reports it as an internal error.
      incomplete = true;
    }
  }

  /**
   * The exposed classes of the previous report that this compilation did not see. A class that was
   * deleted, or is no longer exposed, is left out: that is a change of the API.
   */
  private void addUnchangedClasses() {
    Set<String> seen = new HashSet<>();
    classesByJsName.values().forEach(c -> seen.add(c.type().canonicalName()));
    files.readPrevious(ApiFiles.EXPOSURE_REPORT).ifPresent(report -> {
      for (String javaName : ExposureReport.classNames(report)) {
        TypeElement type = seen.contains(javaName) ? null : processingEnv.getElementUtils().getTypeElement(javaName);
        if (type != null && Annotations.EXPOSED.isOn(type)) {
          collect(type, true); // true: no later round to wait for
        }
      }
    });
  }

  /** Writes the declarations and the exposure report, then compares the report with the baseline. */
  private void describe() throws IOException {
    List<ExposedClass> classes = new ArrayList<>(classesByJsName.values());
    List<ValueClass> values = ValueDeclarations.usedBy(classes, processingEnv.getElementUtils(),
        new ValueClassValidator(processingEnv.getElementUtils(), processingEnv.getTypeUtils(), Diagnostics.silent()));
    if (ValueDeclarations.reportClashes(values, classes, processingEnv.getElementUtils(), diagnostics)) {
      return; // nothing is described until the names are unique
    }
    files.writeResource(ApiFiles.DECLARATIONS, declarations(classes, values));
    List<String> report = ExposureReport.lines(classes, values);
    String reportLocation = files.writeResource(ApiFiles.EXPOSURE_REPORT, ExposureReport.text(classes, values));
    options.exposureBaseline().ifPresent(baseline -> new ExposureCheck(processingEnv.getElementUtils(),
        diagnostics).check(baseline, report, javaNames(classes), reportLocation));
  }

  /** Writes the declarations, and their copy in {@code -Ajsbind.dtsDir}. */
  private String declarations(List<ExposedClass> classes, List<ValueClass> values) {
    String declarations = new DeclarationWriter().write(classes, values);
    options.dtsDir().ifPresent(dir -> {
      try {
        ApiFiles.writeIfChanged(dir.resolve(ApiFiles.DECLARATIONS_NAME), declarations);
      } catch (IOException e) {
        diagnostics.error(null, Message.OUTPUT_FAILED, dir.resolve(ApiFiles.DECLARATIONS_NAME), e,
            "Check -A" + ProcessorOptions.DTS_DIR + ": it must name a directory the build may write to.");
      }
    });
    return declarations;
  }

  private static Map<String, String> javaNames(List<ExposedClass> classes) {
    Map<String, String> names = new LinkedHashMap<>();
    classes.forEach(c -> names.put(c.jsName(), c.type().canonicalName()));
    return names;
  }
}

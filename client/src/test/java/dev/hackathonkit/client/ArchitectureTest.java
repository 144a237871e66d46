package dev.hackathonkit.client;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering of the library jars (model → io → client), checked on their compiled classes: each
 * layer depends only downward, and the public API shows no internal or third-party format types.
 */
class ArchitectureTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          // other modules' test classes arrive as test-jars once the reactor has packaged them
          .withImportOption(location -> !location.contains("-tests.jar"))
          .importPackages(
              "dev.hackathonkit.model", "dev.hackathonkit.io", "dev.hackathonkit.client");

  @Test
  void importedEveryLayer() {
    assertThat(CLASSES.stream().map(JavaClass::getPackageName).distinct())
        .contains(
            "dev.hackathonkit.model",
            "dev.hackathonkit.io",
            "dev.hackathonkit.io.wikitext",
            "dev.hackathonkit.client");
  }

  @Test
  void modelDependsOnNoOtherLayer() {
    noClasses()
        .that()
        .resideInAPackage("dev.hackathonkit.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "dev.hackathonkit.io..", "dev.hackathonkit.client..", "dev.hackathonkit.samples..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("dev.hackathonkit.model..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("com.fasterxml..", "okhttp3..")
        .check(CLASSES);
  }

  @Test
  void ioDependsOnlyOnTheModel() {
    noClasses()
        .that()
        .resideInAPackage("dev.hackathonkit.io..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.hackathonkit.client..", "dev.hackathonkit.samples..", "okhttp3..")
        .check(CLASSES);
  }

  @Test
  void formatPackagesDoNotDependOnEachOther() {
    List<String> formats = List.of("csv", "frab", "ical", "json", "jsonld", "text", "wikitext");
    for (String format : formats) {
      String[] others =
          formats.stream()
              .filter(f -> !f.equals(format))
              .map(f -> "dev.hackathonkit.io." + f + "..")
              .toArray(String[]::new);
      noClasses()
          .that()
          .resideInAPackage("dev.hackathonkit.io." + format + "..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(others)
          .because("formats only meet in the model; shared helpers live in io.internal or io.page")
          .check(CLASSES);
    }
  }

  @Test
  void publicSignaturesShowNoInternalTypes() {
    assertThat(
            publicSignatureTypes().filter(t -> t.type.contains(".internal.")).map(Object::toString))
        .isEmpty();
  }

  @Test
  void publicSignaturesShowNoJacksonTypesOutsideTheOptInModule() {
    Set<String> allowed = Set.of("dev.hackathonkit.io.json.HackathonKitModule");
    assertThat(
            publicSignatureTypes()
                .filter(t -> t.type.startsWith("com.fasterxml.") && !allowed.contains(t.owner))
                .map(Object::toString))
        .isEmpty();
  }

  private record Use(String owner, String member, String type) {
    @Override
    public String toString() {
      return owner + "#" + member + " uses " + type;
    }
  }

  private static Stream<Use> publicSignatureTypes() {
    List<Use> uses = new ArrayList<>();
    for (JavaClass c : CLASSES) {
      if (!c.getModifiers().contains(JavaModifier.PUBLIC)
          || c.getPackageName().contains(".internal")
          || !isExported(c)) {
        continue;
      }
      for (JavaCodeUnit unit : c.getCodeUnits()) {
        if (unit.getModifiers().contains(JavaModifier.PUBLIC)
            || unit.getModifiers().contains(JavaModifier.PROTECTED)) {
          uses.add(new Use(c.getName(), unit.getName(), unit.getRawReturnType().getName()));
          unit.getRawParameterTypes()
              .forEach(p -> uses.add(new Use(c.getName(), unit.getName(), p.getName())));
        }
      }
      for (JavaField f : c.getFields()) {
        if (f.getModifiers().contains(JavaModifier.PUBLIC)) {
          uses.add(new Use(c.getName(), f.getName(), f.getRawType().getName()));
        }
      }
    }
    return uses.stream();
  }

  /** Public nested types of non-public classes are not reachable API. */
  private static boolean isExported(JavaClass c) {
    for (JavaClass enclosing = c;
        enclosing != null;
        enclosing = enclosing.getEnclosingClass().orElse(null)) {
      if (!enclosing.getModifiers().contains(JavaModifier.PUBLIC)) {
        return false;
      }
    }
    return true;
  }
}

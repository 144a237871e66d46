package dev.hackathonkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Constraint;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ViolationCodeTest {

  /** Every constraint the model declares, found by walking the records from {@link Event}. */
  private static List<Annotation> declaredConstraints() {
    List<Annotation> found = new ArrayList<>();
    walk(Event.class, new HashSet<>(), found);
    return found;
  }

  private static void walk(Class<?> type, Set<Class<?>> seen, List<Annotation> found) {
    if (!type.isRecord()
        || !type.getPackageName().startsWith("dev.hackathonkit.model")
        || !seen.add(type)) {
      return;
    }
    collect(type.getAnnotations(), found);
    for (RecordComponent c : type.getRecordComponents()) {
      collect(c.getAccessor().getAnnotations(), found);
      AnnotatedType annotated = c.getAccessor().getAnnotatedReturnType();
      if (annotated instanceof AnnotatedParameterizedType p) {
        for (AnnotatedType arg : p.getAnnotatedActualTypeArguments()) {
          collect(arg.getAnnotations(), found);
        }
      }
      walk(c.getType(), seen, found);
      Type generic = c.getGenericType();
      if (generic instanceof ParameterizedType p) {
        for (Type arg : p.getActualTypeArguments()) {
          if (arg instanceof Class<?> k) {
            walk(k, seen, found);
          }
        }
      }
    }
  }

  private static void collect(Annotation[] annotations, List<Annotation> found) {
    for (Annotation a : annotations) {
      Class<? extends Annotation> t = a.annotationType();
      if (t.getPackageName().equals("jakarta.validation.constraints")
          || t.isAnnotationPresent(Constraint.class)) {
        found.add(a);
      }
    }
  }

  private static String template(Annotation a) {
    try {
      return (String) a.annotationType().getMethod("message").invoke(a);
    } catch (ReflectiveOperationException e) {
      throw new LinkageError("no message() on " + a, e);
    }
  }

  @Test
  void everyConstraintOfTheModelHasACodeAndEveryCodeAConstraint() {
    List<Annotation> constraints = declaredConstraints();
    assertThat(constraints).as("the walk finds the model's constraints").hasSizeGreaterThan(15);
    Set<ViolationCode> reached = EnumSet.noneOf(ViolationCode.class);
    for (Annotation a : constraints) {
      reached.add(ViolationCode.of(a.annotationType(), template(a)));
    }
    assertThat(reached)
        .as("codes of a constraint the model declares")
        .containsExactlyInAnyOrder(ViolationCode.values());
  }

  @Test
  void codesAreUniqueAndEachHasAMeaning() {
    Set<String> codes = new HashSet<>();
    for (ViolationCode c : ViolationCode.values()) {
      assertThat(c.code()).matches("V[12]\\d\\d");
      assertThat(codes.add(c.code())).as("code %s once", c.code()).isTrue();
      assertThat(c.meaning()).isNotBlank();
    }
  }

  @Test
  void aConstraintTheModelDoesNotDeclareHasNoCode() {
    assertThatThrownBy(
            () -> ViolationCode.of(Size.class, "{jakarta.validation.constraints.Size.message}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("@Size");
  }
}

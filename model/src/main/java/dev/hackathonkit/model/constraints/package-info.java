/**
 * Class-level Jakarta Validation constraints of the model and their validators. The validators are
 * public only because the validation provider instantiates them; call {@link
 * dev.hackathonkit.model.EventValidator} rather than using them directly.
 */
@NullMarked
package dev.hackathonkit.model.constraints;

import org.jspecify.annotations.NullMarked;

/** Test support shared through the model's test-jar: seeded event generators. */
package dev.hackathonkit.model.testing;

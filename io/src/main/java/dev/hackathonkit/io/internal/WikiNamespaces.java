package dev.hackathonkit.io.internal;

import java.util.Set;

/**
 * MediaWiki's namespace names that the page core tells apart in links (the canonical English name
 * and the localised names of the languages the page core reads: User, Benutzer, Utilisateur,
 * Usuario...), lower case. Shared by the wikitext and HTML front ends. Not API.
 */
public final class WikiNamespaces {
  /** The user namespace. */
  public static final Set<String> USER =
      Set.of(
          "user",
          "benutzer",
          "benutzerin",
          "utilisateur",
          "utilisatrice",
          "usuario",
          "usuaria",
          "usuari",
          "usuária");

  /** The category namespace. */
  public static final Set<String> CATEGORY =
      Set.of("category", "kategorie", "catégorie", "categoría", "categoria");

  /** The file namespace (and its old name, Image). */
  public static final Set<String> FILE =
      Set.of("file", "image", "datei", "bild", "fichier", "archivo", "imagen", "ficheiro");

  private WikiNamespaces() {}
}

package dev.hackathonkit.model;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A topic proposed for the event: a project idea, a discussion or a work session.
 *
 * <p>Long text ({@code description}, {@code outcomes}) is plain text: paragraphs are separated by a
 * blank line, list items start with {@code "- "} and nest by two spaces per level. Fields the
 * source had but the model has no name for are kept in {@code extra}, in source order.
 *
 * @param id stable identifier, unique within the event (see {@link Slugs})
 * @param title the topic's title
 * @param insertedOn when the topic was added to the page
 * @param verified when or whether the topic was last verified, as the page states it
 * @param gsoc suitability for Google Summer of Code
 * @param contacts the technical contacts
 * @param mailingList the mailing list or forum, as written ({@code xen-devel@})
 * @param ircChannel the IRC channel, {@code #name}
 * @param difficulty how hard the work is, as written
 * @param skills the skills needed, as written
 * @param description what the topic is about
 * @param outcomes what the topic is expected to produce
 * @param comments review votes and comments, in page order
 * @param slot when the topic is scheduled, if it is
 * @param extra source fields without a name in the model, in source order
 */
public record Topic(
    @NotBlank @Pattern(regexp = Slugs.PATTERN, message = "{dev.hackathonkit.model.Slug.message}")
        String id,
    @NotBlank String title,
    @Nullable LocalDate insertedOn,
    @Nullable String verified,
    @Nullable Gsoc gsoc,
    List<@Valid Person> contacts,
    @Nullable String mailingList,
    @Nullable
        @Pattern(
            regexp = "[#&][^\\s,:\\x07]{1,199}",
            message = "{dev.hackathonkit.model.IrcChannel.message}")
        String ircChannel,
    @Nullable String difficulty,
    @Nullable String skills,
    @Nullable String description,
    @Nullable String outcomes,
    List<@Valid Comment> comments,
    @Nullable @Valid Slot slot,
    Map<String, String> extra) {

  /** Checks id and title and copies the collections ({@code null} means empty). */
  public Topic {
    requireNonNull(id, "id");
    requireNonNull(title, "title");
    contacts = Copies.list(contacts);
    comments = Copies.list(comments);
    extra = Copies.orderedMap(extra);
  }

  /** A builder for a new topic. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this topic's values. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.id = id;
    b.title = title;
    b.insertedOn = insertedOn;
    b.verified = verified;
    b.gsoc = gsoc;
    b.contacts.addAll(contacts);
    b.mailingList = mailingList;
    b.ircChannel = ircChannel;
    b.difficulty = difficulty;
    b.skills = skills;
    b.description = description;
    b.outcomes = outcomes;
    b.comments.addAll(comments);
    b.slot = slot;
    b.extra.putAll(extra);
    return b;
  }

  /** The votes among the comments. */
  public List<Comment> votes() {
    return comments.stream().filter(c -> c.kind() == CommentKind.VOTE).toList();
  }

  /**
   * Builds a {@link Topic}. Setters replace; {@code addX} methods append. Not thread-safe.
   *
   * <p>When no id is set, {@link #build()} derives it from the title with {@link Slugs#of}.
   */
  public static final class Builder {
    private @Nullable String id;
    private @Nullable String title;
    private @Nullable LocalDate insertedOn;
    private @Nullable String verified;
    private @Nullable Gsoc gsoc;
    private final List<Person> contacts = new ArrayList<>();
    private @Nullable String mailingList;
    private @Nullable String ircChannel;
    private @Nullable String difficulty;
    private @Nullable String skills;
    private @Nullable String description;
    private @Nullable String outcomes;
    private final List<Comment> comments = new ArrayList<>();
    private @Nullable Slot slot;
    private final Map<String, String> extra = new LinkedHashMap<>();

    private Builder() {}

    /** Sets the identifier; see {@link Slugs}. */
    public Builder id(@Nullable String id) {
      this.id = id;
      return this;
    }

    /** Sets the title. */
    public Builder title(String title) {
      this.title = requireNonNull(title, "title");
      return this;
    }

    /** Sets the insertion date. */
    public Builder insertedOn(@Nullable LocalDate insertedOn) {
      this.insertedOn = insertedOn;
      return this;
    }

    /** Sets the verification statement. */
    public Builder verified(@Nullable String verified) {
      this.verified = verified;
      return this;
    }

    /** Sets GSoC suitability. */
    public Builder gsoc(@Nullable Gsoc gsoc) {
      this.gsoc = gsoc;
      return this;
    }

    /** Replaces the contacts. */
    public Builder contacts(List<Person> contacts) {
      this.contacts.clear();
      this.contacts.addAll(contacts);
      return this;
    }

    /** Appends a contact. */
    public Builder addContact(Person contact) {
      contacts.add(requireNonNull(contact, "contact"));
      return this;
    }

    /** Sets the mailing list. */
    public Builder mailingList(@Nullable String mailingList) {
      this.mailingList = mailingList;
      return this;
    }

    /** Sets the IRC channel. */
    public Builder ircChannel(@Nullable String ircChannel) {
      this.ircChannel = ircChannel;
      return this;
    }

    /** Sets the difficulty. */
    public Builder difficulty(@Nullable String difficulty) {
      this.difficulty = difficulty;
      return this;
    }

    /** Sets the skills needed. */
    public Builder skills(@Nullable String skills) {
      this.skills = skills;
      return this;
    }

    /** Sets the description (plain text, see {@link Topic}). */
    public Builder description(@Nullable String description) {
      this.description = description;
      return this;
    }

    /** Sets the outcomes (plain text, see {@link Topic}). */
    public Builder outcomes(@Nullable String outcomes) {
      this.outcomes = outcomes;
      return this;
    }

    /** Replaces the comments. */
    public Builder comments(List<Comment> comments) {
      this.comments.clear();
      this.comments.addAll(comments);
      return this;
    }

    /** Appends a comment or vote. */
    public Builder addComment(Comment comment) {
      comments.add(requireNonNull(comment, "comment"));
      return this;
    }

    /** Sets the scheduled slot. */
    public Builder slot(@Nullable Slot slot) {
      this.slot = slot;
      return this;
    }

    /** Replaces the extra fields. */
    public Builder extra(Map<String, String> extra) {
      this.extra.clear();
      this.extra.putAll(extra);
      return this;
    }

    /** Adds (or replaces) one extra field, keeping the order of first insertion. */
    public Builder putExtra(String key, String value) {
      extra.put(requireNonNull(key, "key"), requireNonNull(value, "value"));
      return this;
    }

    /**
     * Builds the topic.
     *
     * @throws IllegalStateException if no title was set
     */
    public Topic build() {
      if (title == null) {
        throw new IllegalStateException("title not set");
      }
      String topicId = id != null ? id : Slugs.of(title);
      return new Topic(
          topicId,
          title,
          insertedOn,
          verified,
          gsoc,
          contacts,
          mailingList,
          ircChannel,
          difficulty,
          skills,
          description,
          outcomes,
          comments,
          slot,
          extra);
    }
  }
}

package dev.hackathonkit.client;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * The Action API's continuation protocol, the one loop that follows it: the first request is sent
 * as given; while an answer holds a {@code continue} object, the next request is the first one with
 * every member of that object added (MediaWiki's "continue" form, the default from 1.26 and asked
 * for with an empty {@code continue=} from 1.21: see {@link #params(String)}). An answer without
 * {@code continue} is the last.
 *
 * <p>Answers are fetched lazily, one when the previous one is used up ({@link #answers()}, {@link
 * #items(Function)}); {@link #drain()} is the same loop run to the end. A wiki that sends a {@code
 * continue} it sent before would be asked the same request again and again; that, and more than
 * {@value #MAX_REQUESTS} requests (unless set lower), stops the loop with an {@link IOException}
 * naming the request.
 */
final class Continuation {

  /** The most requests one continued query may take. */
  static final int MAX_REQUESTS = 100_000;

  /** Sends one request of the loop. */
  @FunctionalInterface
  interface Fetch {
    JsonNode fetch(Params request) throws IOException;
  }

  private final Params base;
  private final Fetch fetch;
  private final int maxRequests;

  /**
   * @param base the first request; never changed, each request is a copy
   * @param fetch sends a request and returns its answer (API errors thrown)
   */
  Continuation(Params base, Fetch fetch) {
    this(base, fetch, MAX_REQUESTS);
  }

  /** As {@link #Continuation(Params, Fetch)}, stopping after {@code maxRequests} requests. */
  Continuation(Params base, Fetch fetch, int maxRequests) {
    if (maxRequests < 1) {
      throw new IllegalArgumentException("maxRequests must be at least 1, was " + maxRequests);
    }
    this.base = base;
    this.fetch = fetch;
    this.maxRequests = maxRequests;
  }

  /**
   * A request asking for continuation in the {@code continue} form: the default from MediaWiki
   * 1.26, asked for with an empty {@code continue=} from 1.21 (else those wikis answer with the old
   * {@code query-continue}, which would end a listing after its first batch).
   */
  static Params params(String action) {
    return Params.action(action).put("continue", "");
  }

  /**
   * The answers, each fetched when the one before is used up. A failed request surfaces as an
   * {@link UncheckedIOException} from {@code hasNext}; the iterator then ends.
   */
  Iterator<JsonNode> answers() {
    return new AnswerIterator();
  }

  /**
   * The items of every answer in order, read from each answer by {@code extract} and fetched lazily
   * as the stream is consumed; failures as {@link #answers()}.
   */
  <T> Stream<T> items(Function<JsonNode, List<T>> extract) {
    Iterator<JsonNode> answers = answers();
    Iterator<T> items =
        new Iterator<>() {
          private Iterator<T> batch = List.<T>of().iterator();

          @Override
          public boolean hasNext() {
            while (!batch.hasNext() && answers.hasNext()) {
              batch = extract.apply(answers.next()).iterator();
            }
            return batch.hasNext();
          }

          @Override
          public T next() {
            if (!hasNext()) {
              throw new NoSuchElementException();
            }
            return batch.next();
          }
        };
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(items, Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /** Every answer, fetched now: {@link #answers()} run to the end. */
  List<JsonNode> drain() throws IOException {
    List<JsonNode> all = new ArrayList<>();
    try {
      answers().forEachRemaining(all::add);
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return all;
  }

  private final class AnswerIterator implements Iterator<JsonNode> {
    private @Nullable Map<String, String> next = Map.of();

    /** Every continuation followed so far; the first request counts as the empty one. */
    private final Set<Map<String, String>> seen = new HashSet<>(Set.of(Map.of()));

    private @Nullable JsonNode fetched;
    private int requests;

    @Override
    public boolean hasNext() {
      if (fetched == null && next != null) {
        try {
          fetched = fetchNext(next);
        } catch (IOException e) {
          next = null;
          throw new UncheckedIOException(e);
        }
      }
      return fetched != null;
    }

    private JsonNode fetchNext(Map<String, String> cont) throws IOException {
      if (++requests > maxRequests) {
        throw new IOException(
            "the wiki still asked to continue after "
                + maxRequests
                + " requests, the most one query may take: "
                + base.describe());
      }
      JsonNode answer = fetch.fetch(base.copy().putAll(cont));
      JsonNode c = answer.get("continue");
      if (c == null || !c.isObject()) {
        next = null;
      } else {
        Map<String, String> m = new LinkedHashMap<>();
        c.properties().forEach(e -> m.put(e.getKey(), e.getValue().asText()));
        if (!seen.add(m)) {
          throw new IOException(
              "the wiki answered request "
                  + requests
                  + " with continue "
                  + m
                  + ", which it had sent before; following it would ask the same again without end: "
                  + base.describe());
        }
        next = m;
      }
      return answer;
    }

    @Override
    public JsonNode next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      // hasNext() fetched the answer
      JsonNode answer = java.util.Objects.requireNonNull(fetched, "fetched");
      fetched = null;
      return answer;
    }
  }
}

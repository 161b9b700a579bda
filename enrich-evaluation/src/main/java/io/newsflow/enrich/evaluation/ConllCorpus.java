package io.newsflow.enrich.evaluation;

import io.newsflow.contract.EntityType;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CoNLL-2003 English NER files ({@code token POS chunk NER} per line, blank line between sentences,
 * {@code -DOCSTART-} between documents) read as documents of sentences with gold entity spans.
 */
public final class ConllCorpus {

    /** An entity over tokens [first, last] of a sentence. */
    public record Span(int sentence, int first, int last, EntityType type) {
    }

    /** A document: its sentences as token lists, and its gold spans (sentence indices within the document). */
    public record Document(List<List<String>> sentences, List<Span> gold) {
    }

    private ConllCorpus() {
    }

    public static List<Document> read(Path file) {
        try {
            List<Document> documents = new ArrayList<>();
            List<List<String>> sentences = new ArrayList<>();
            List<Span> gold = new ArrayList<>();
            List<String> tokens = new ArrayList<>();
            List<String> tags = new ArrayList<>();
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("-DOCSTART-")) {
                    endSentence(sentences, gold, tokens, tags);
                    if (!sentences.isEmpty()) {
                        documents.add(new Document(List.copyOf(sentences), List.copyOf(gold)));
                    }
                    sentences.clear();
                    gold.clear();
                } else if (line.isBlank()) {
                    endSentence(sentences, gold, tokens, tags);
                } else {
                    String[] columns = line.split(" ");
                    tokens.add(columns[0]);
                    tags.add(columns[columns.length - 1]);
                }
            }
            endSentence(sentences, gold, tokens, tags);
            if (!sentences.isEmpty()) {
                documents.add(new Document(List.copyOf(sentences), List.copyOf(gold)));
            }
            return documents;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void endSentence(List<List<String>> sentences, List<Span> gold, List<String> tokens, List<String> tags) {
        if (tokens.isEmpty()) {
            return;
        }
        gold.addAll(spans(sentences.size(), tags));
        sentences.add(List.copyOf(tokens));
        tokens.clear();
        tags.clear();
    }

    /** IOB1 or IOB2: an entity starts at B-X, or at I-X after a token that is not X. */
    static List<Span> spans(int sentence, List<String> tags) {
        List<Span> spans = new ArrayList<>();
        int start = -1;
        String type = null;
        for (int i = 0; i <= tags.size(); i++) {
            String tag = i < tags.size() ? tags.get(i) : "O";
            String tagType = tag.equals("O") ? null : tag.substring(2);
            boolean begins = tagType != null && (tag.startsWith("B-") || !tagType.equals(type));
            if (type != null && (tagType == null || begins)) {
                spans.add(new Span(sentence, start, i - 1, typeOf(type)));
                type = null;
            }
            if (begins) {
                start = i;
                type = tagType;
            }
        }
        return spans;
    }

    static EntityType typeOf(String conllType) {
        return switch (conllType) {
            case "PER" -> EntityType.PERSON;
            case "ORG" -> EntityType.ORGANIZATION;
            case "LOC" -> EntityType.LOCATION;
            default -> EntityType.MISC;
        };
    }
}

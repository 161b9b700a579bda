package io.newsflow.ingest.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The known articles of the last {@code capacity} ids (least recently updated evicted first), with
 * a SimHash index for near-duplicate search. SimHash values within {@link SimHash#MAX_DISTANCE}
 * (7) bits agree exactly on at least one of eight 8-bit bands (pigeonhole), so a lookup scans only
 * the ids sharing a band instead of all of them. Thread-safe.
 */
public final class DuplicateIndex {

    private static final int BANDS = SimHash.MAX_DISTANCE + 1;
    private static final int BAND_BITS = 64 / BANDS;

    private final int capacity;
    private final LinkedHashMap<String, ArticleState> states;
    private final List<Map<Integer, List<String>>> bands = new ArrayList<>(BANDS);

    public DuplicateIndex(int capacity) {
        this.capacity = capacity;
        this.states = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, false);
        for (int i = 0; i < BANDS; i++) {
            bands.add(new HashMap<>());
        }
    }

    public synchronized ArticleState get(String id) {
        return states.get(id);
    }

    /**
     * Remembers the state unless a newer revision of the id is already known (another instance's
     * state record can arrive after this instance's own newer one).
     */
    public synchronized void put(String id, ArticleState state) {
        ArticleState known = states.get(id);
        if (known != null && known.revision() > state.revision()) {
            return;
        }
        if (known != null) {
            unindex(id, known);
            states.remove(id);
        }
        states.put(id, state);
        index(id, state);
        while (states.size() > capacity) {
            Map.Entry<String, ArticleState> eldest = states.entrySet().iterator().next();
            unindex(eldest.getKey(), eldest.getValue());
            states.remove(eldest.getKey());
        }
    }

    /** The first copy of the closest known article within the near-duplicate distance, other than {@code id}; or null. */
    public synchronized String firstCopyNear(long simhash, String id) {
        String best = null;
        int bestDistance = SimHash.MAX_DISTANCE + 1;
        for (int band = 0; band < BANDS; band++) {
            for (String candidate : bands.get(band).getOrDefault(bandValue(simhash, band), List.of())) {
                ArticleState state = states.get(candidate);
                int distance = SimHash.distance(simhash, state.simhash());
                if (!candidate.equals(id) && distance < bestDistance) {
                    best = state.duplicateOf() != null ? state.duplicateOf() : candidate;
                    bestDistance = distance;
                }
            }
        }
        return best;
    }

    public synchronized int size() {
        return states.size();
    }

    private void index(String id, ArticleState state) {
        if (state.sketched()) {
            for (int band = 0; band < BANDS; band++) {
                bands.get(band).computeIfAbsent(bandValue(state.simhash(), band), b -> new ArrayList<>(2)).add(id);
            }
        }
    }

    private void unindex(String id, ArticleState state) {
        if (state.sketched()) {
            for (int band = 0; band < BANDS; band++) {
                List<String> ids = bands.get(band).get(bandValue(state.simhash(), band));
                if (ids != null) {
                    ids.remove(id);
                    if (ids.isEmpty()) {
                        bands.get(band).remove(bandValue(state.simhash(), band));
                    }
                }
            }
        }
    }

    private static int bandValue(long simhash, int band) {
        return (int) ((simhash >>> (band * BAND_BITS)) & ((1L << BAND_BITS) - 1));
    }
}

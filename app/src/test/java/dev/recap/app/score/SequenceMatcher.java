package dev.recap.app.score;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The similarity ratio of Python's {@code difflib.SequenceMatcher(None, a, b).ratio()}, written from the
 * algorithm's description: recursively take the longest common block (earliest in {@code a}, then in
 * {@code b}, on ties), and return {@code 2 × matched / (len(a) + len(b))}. Like difflib's autojunk, when
 * {@code b} has 200 characters or more, characters more frequent than 1% of it (+1) are left out of the
 * index, and blocks are then extended over them.
 */
final class SequenceMatcher {

    private static final int AUTOJUNK_MIN_LENGTH = 200;

    private final int[] a;
    private final int[] b;
    private final Map<Integer, List<Integer>> positionsInB;

    private SequenceMatcher(String a, String b) {
        this.a = a.codePoints().toArray();
        this.b = b.codePoints().toArray();
        this.positionsInB = index(this.b);
    }

    /** The ratio of {@code a} and {@code b}, in [0, 1]; 1 for two empty strings. */
    static double ratio(String a, String b) {
        int total = a.codePointCount(0, a.length()) + b.codePointCount(0, b.length());
        if (total == 0) {
            return 1.0;
        }
        return 2.0 * new SequenceMatcher(a, b).matchedCharacters() / total;
    }

    private static Map<Integer, List<Integer>> index(int[] b) {
        Map<Integer, List<Integer>> positions = new HashMap<>();
        for (int j = 0; j < b.length; j++) {
            positions.computeIfAbsent(b[j], c -> new ArrayList<>()).add(j);
        }
        if (b.length >= AUTOJUNK_MIN_LENGTH) {
            int popular = b.length / 100 + 1;
            positions.values().removeIf(list -> list.size() > popular);
        }
        return positions;
    }

    private int matchedCharacters() {
        int matched = 0;
        Deque<int[]> ranges = new ArrayDeque<>();
        ranges.push(new int[] {0, a.length, 0, b.length});
        while (!ranges.isEmpty()) {
            int[] r = ranges.pop();
            int[] block = longestMatch(r[0], r[1], r[2], r[3]);
            int i = block[0];
            int j = block[1];
            int size = block[2];
            if (size > 0) {
                matched += size;
                if (r[0] < i && r[2] < j) {
                    ranges.push(new int[] {r[0], i, r[2], j});
                }
                if (i + size < r[1] && j + size < r[3]) {
                    ranges.push(new int[] {i + size, r[1], j + size, r[3]});
                }
            }
        }
        return matched;
    }

    /** {i, j, size} of the longest block a[i..i+size) = b[j..j+size) inside the ranges, earliest first. */
    private int[] longestMatch(int aLow, int aHigh, int bLow, int bHigh) {
        int bestI = aLow;
        int bestJ = bLow;
        int bestSize = 0;
        Map<Integer, Integer> lengthEndingAt = new HashMap<>();
        for (int i = aLow; i < aHigh; i++) {
            Map<Integer, Integer> next = new HashMap<>();
            for (int j : positionsInB.getOrDefault(a[i], List.of())) {
                if (j < bLow) {
                    continue;
                }
                if (j >= bHigh) {
                    break;
                }
                int k = lengthEndingAt.getOrDefault(j - 1, 0) + 1;
                next.put(j, k);
                if (k > bestSize) {
                    bestI = i - k + 1;
                    bestJ = j - k + 1;
                    bestSize = k;
                }
            }
            lengthEndingAt = next;
        }
        // characters left out of the index by autojunk may still extend the block on either side
        while (bestI > aLow && bestJ > bLow && a[bestI - 1] == b[bestJ - 1]) {
            bestI--;
            bestJ--;
            bestSize++;
        }
        while (bestI + bestSize < aHigh && bestJ + bestSize < bHigh && a[bestI + bestSize] == b[bestJ + bestSize]) {
            bestSize++;
        }
        return new int[] {bestI, bestJ, bestSize};
    }
}

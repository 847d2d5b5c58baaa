package dev.recap.ingest.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Texts strung together from random pieces, the same ones for the same seed: a scan that replaced a
 * regular expression is checked against that expression on many of them.
 */
final class RandomTexts {

    private RandomTexts() {}

    /** {@code count} texts of one to {@code maxPieces} pieces each, drawn from {@code pieces}. */
    static List<String> of(long seed, int count, int maxPieces, List<String> pieces) {
        Random random = new Random(seed);
        List<String> texts = new ArrayList<>(count);
        for (int round = 0; round < count; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(maxPieces); i >= 0; i--) {
                text.append(pieces.get(random.nextInt(pieces.size())));
            }
            texts.add(text.toString());
        }
        return texts;
    }
}

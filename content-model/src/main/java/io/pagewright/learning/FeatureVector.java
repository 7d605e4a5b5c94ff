package io.pagewright.learning;

import java.util.Arrays;

/**
 * The encoded features of one candidate for one visitor: the weight slots that are active (each
 * with value one; a slot listed twice, after a hash collision, counts twice) and the slot that
 * stands for "this candidate in this visitor's segment", whose observation count feeds confidence.
 * Logged with a decision so the outcome can later update exactly the features that were scored.
 *
 * @param indices active weight slots, each in [0, {@link #DIMENSION})
 * @param segmentCell the segment × candidate slot, or -1 when the visitor has no segment
 */
public record FeatureVector(int[] indices, int segmentCell) {

    /** Size of the weight table every model of this version of the encoder uses. */
    public static final int DIMENSION = FeatureHash.DIMENSION;

    public FeatureVector {
        indices = indices.clone();
        for (int index : indices) {
            if (index < 0 || index >= DIMENSION) {
                throw new IllegalArgumentException("feature index out of range: " + index);
            }
        }
        if (segmentCell < -1 || segmentCell >= DIMENSION) {
            throw new IllegalArgumentException("segment cell out of range: " + segmentCell);
        }
    }

    @Override
    public int[] indices() {
        return indices.clone();
    }

    int size() {
        return indices.length;
    }

    int at(int i) {
        return indices[i];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FeatureVector that
                && segmentCell == that.segmentCell
                && Arrays.equals(indices, that.indices);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(indices) + segmentCell;
    }

    @Override
    public String toString() {
        return "FeatureVector" + Arrays.toString(indices) + " segmentCell=" + segmentCell;
    }
}

package org.marsad.kb.store;

import java.time.Instant;
import org.marsad.extract.Modality;

/** A claim that answered a watch, with the modality the report gave it: a prospect is not an event. */
public record Alert(long id, String watch, long claimId, long reportId, Modality modality, String evidence,
                    Instant createdAt) {
}

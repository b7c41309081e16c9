package org.marsad.extract.relate;

import java.util.Optional;
import org.marsad.extract.Mention;
import org.marsad.extract.Modality;

/** The modality of one relation mention and, when the text gives one, who says so. */
record Stance(Modality modality, Optional<Mention> attribution) {
}

package org.marsad.share.partner;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jdbi.v3.core.Handle;
import org.marsad.share.secret.NodeKey;
import org.marsad.share.secret.SecretException;
import org.marsad.share.secret.Sealer;

/**
 * The node key partners' credentials are sealed with, for one store. It is read from its file, or made there when
 * the store holds no sealed credentials yet: a new key would open none of those, so a missing file is then an error
 * that names it and the partners concerned. Credentials still in clear (a store from before they were sealed) are
 * sealed as soon as the key is at hand, in the caller's transaction.
 */
public final class CredentialKey {
  private CredentialKey() {
  }

  public static Sealer open(Handle h, Path keyFile) {
    Partners partners = new Partners(h);
    NodeKey key;
    if (Files.exists(keyFile)) {
      key = NodeKey.load(keyFile);
    } else {
      List<String> sealed = partners.sealed();
      if (!sealed.isEmpty()) {
        throw new SecretException("the node key " + keyFile + " is missing, and the credentials of partner(s) "
            + String.join(", ", sealed) + " were sealed with it: restore the file from a backup or give its path "
            + "(--node-key or MARSAD_NODE_KEY), or remove those partners and add them again");
      }
      key = NodeKey.create(keyFile);
    }
    Sealer sealer = new Sealer(key);
    partners.sealClear(sealer);
    return sealer;
  }
}

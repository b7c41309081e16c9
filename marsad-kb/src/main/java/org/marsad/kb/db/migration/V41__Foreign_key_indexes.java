package org.marsad.kb.db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * H2 gives a foreign key an index of its own unless an index created by hand has exactly the key's columns, and
 * the keys V1 declared inside CREATE TABLE got theirs before the indexes made for them existed: every claim
 * paid two index entries for (report_id), every entity two for (merged_into), each written, committed and
 * serialised. Declared again, the keys take the indexes made for them, and H2 drops its own with the old keys.
 *
 * <p>Java, not SQL: H2 named the keys of V1 itself, and the names are read from its information schema.
 * PostgreSQL never indexes a foreign key by itself, so there nothing changes.
 */
public final class V41__Foreign_key_indexes extends BaseJavaMigration {
  /** Keys declared again, each over the one-column index made for it: table, column, referenced table. */
  private static final List<String[]> DECLARED_AGAIN = List.of(
      new String[] {"claim", "report_id", "report"},
      new String[] {"entity", "merged_into", "entity"});

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    if (!c.getMetaData().getDatabaseProductName().toUpperCase(Locale.ROOT).contains("H2")) {
      return;
    }
    try (Statement st = c.createStatement()) {
      for (String[] key : DECLARED_AGAIN) {
        for (String name : foreignKeys(c, key[0], key[1])) {
          st.execute("ALTER TABLE " + key[0] + " DROP CONSTRAINT \"" + name + "\"");
        }
        st.execute("ALTER TABLE " + key[0] + " ADD CONSTRAINT " + key[0] + "_" + key[1] + "_fk FOREIGN KEY ("
            + key[1] + ") REFERENCES " + key[2] + " (id)");
      }
    }
  }

  private static List<String> foreignKeys(Connection c, String table, String column) throws SQLException {
    List<String> names = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT t.constraint_name FROM information_schema.table_constraints t "
        + "JOIN information_schema.key_column_usage k ON k.constraint_schema = t.constraint_schema "
        + "AND k.constraint_name = t.constraint_name WHERE t.constraint_type = 'FOREIGN KEY' "
        + "AND t.table_schema = CURRENT_SCHEMA AND t.table_name = ? AND k.column_name = ?")) {
      ps.setString(1, table.toUpperCase(Locale.ROOT));
      ps.setString(2, column.toUpperCase(Locale.ROOT));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
    }
    return names;
  }
}

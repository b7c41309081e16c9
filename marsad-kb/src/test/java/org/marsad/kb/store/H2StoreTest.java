package org.marsad.kb.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class H2StoreTest extends StoreContract {

  @Override
  StoreLocation location(Path dir) {
    return StoreLocation.embedded(dir.resolve("data"));
  }

  /** Each index is one more entry to write for each of the dozens of rows a report adds to these tables. */
  @Test
  void mentionsAndClaimArgumentsIndexNoColumnsTwice() {
    List<String> indexes = db.handle().createQuery("SELECT i.table_name || '(' || LISTAGG(c.column_name, ',') "
            + "WITHIN GROUP (ORDER BY c.ordinal_position) || ')' FROM information_schema.indexes i "
            + "JOIN information_schema.index_columns c ON c.index_schema = i.index_schema "
            + "AND c.index_name = i.index_name WHERE i.table_schema = 'PUBLIC' "
            + "AND i.table_name IN ('MENTION', 'CLAIM_ARG') GROUP BY i.table_name, i.index_name")
        .mapTo(String.class).list();
    assertThat(indexes).doesNotHaveDuplicates().containsExactlyInAnyOrder("MENTION(REPORT_ID,LOCAL_ID)",
        "MENTION(REPORT_ID)", "MENTION(ENTITY_ID)", "CLAIM_ARG(CLAIM_ID,ROLE,LOCAL_ID)", "CLAIM_ARG(CLAIM_ID)",
        "CLAIM_ARG(ENTITY_ID,TYPE)");
  }

  /**
   * V1 declared foreign keys inside CREATE TABLE, before the indexes made for them, so H2 gave claims a second
   * index on (report_id) and entities a second one on (merged_into): one more entry written, committed and
   * serialised for each of the claims a report adds.
   */
  @Test
  void theTablesEachReportWritesHaveNoIndexTwice() {
    List<String> indexes = db.handle().createQuery("SELECT i.table_name || '(' || LISTAGG(c.column_name, ',') "
            + "WITHIN GROUP (ORDER BY c.ordinal_position) || ')' FROM information_schema.indexes i "
            + "JOIN information_schema.index_columns c ON c.index_schema = i.index_schema "
            + "AND c.index_name = i.index_name WHERE i.table_schema = 'PUBLIC' "
            + "AND i.table_name IN ('REPORT', 'REPORT_ORIGINAL', 'ENTITY', 'ALIAS', 'MENTION', 'CLAIM', 'CLAIM_ARG', "
            + "'FACT_SUMMARY', 'FACT_SUMMARY_ARG', 'FACT_EVIDENCE', 'ENTITY_LAST_PLACE') "
            + "GROUP BY i.table_name, i.index_name")
        .mapTo(String.class).list();
    assertThat(indexes).contains("CLAIM(REPORT_ID)", "ENTITY(MERGED_INTO)").doesNotHaveDuplicates();
  }
}

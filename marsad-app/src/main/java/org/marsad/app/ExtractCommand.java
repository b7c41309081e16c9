package org.marsad.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.marsad.extract.ExtractOptions;
import org.marsad.extract.Extraction;
import org.marsad.extract.Extractor;
import org.marsad.text.DecodedText;
import org.marsad.text.Language;
import org.marsad.text.ReportDecoder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** `marsad extract FILE|-`: one report in, its sourced picture out. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = "Extract entities, relations and events from one report (text or HTML, any common encoding).")
public final class ExtractCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "The report file, or - for standard input.")
  String file;

  @Option(names = "--published", paramLabel = "DATE", description = "Publication date (YYYY-MM-DD) for relative times.")
  String published;

  @Option(names = "--lang", paramLabel = "ar|fr|en", description = "Force the language instead of detecting it.")
  String lang;

  @Option(names = "--json", description = "Print the JSON contract instead of a readable summary.")
  boolean json;

  @Option(names = "--lexicon", paramLabel = "DIR", description = "Directory of extra lexicon files (groups*.tsv, people*.tsv, places*.tsv, ...).")
  Path lexicon;

  @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse inputs larger than this (default ${DEFAULT-VALUE}).")
  long maxBytes = ReportDecoder.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ExtractOptions options = options(published, lang);
    DecodedText input = Inputs.read(file, System.in, maxBytes);
    Extractor extractor = ExtractorFactory.create(Optional.ofNullable(lexicon));
    Extraction x = extractor.extract(input.text(), options);
    if (json) {
      out.println(ExtractionJson.write(x, true));
    } else {
      if (input.fromHtml()) {
        err.println("note: " + file + " is HTML; offsets refer to its extracted text");
      }
      out.print(Summary.render(file, x));
    }
    out.flush();
    return 0;
  }

  static ExtractOptions options(String published, String lang) {
    ExtractOptions o = ExtractOptions.defaults();
    if (published != null) {
      o = o.withPublished(Dates.parse("--published", published));
    }
    if (lang != null) {
      o = o.withLanguage(Language.fromCode(lang));
    }
    return o;
  }
}

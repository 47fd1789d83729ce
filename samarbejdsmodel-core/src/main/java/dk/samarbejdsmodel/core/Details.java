package dk.samarbejdsmodel.core;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Forklaringer på dansk: the Danish wording of the English explanations that fill the {@code {0}} of a
 * structural or read message ("er inkonsistent: {0}", "har et ugyldigt format, forventet {0}", "skal være {0}").
 * The explanations are fixed English phrases (with ids or numbers in them for a few); the Danish message
 * translates them here instead of mixing languages. An explanation that is not listed (a plugin's own) is kept as
 * given. Internal to the SDK; used by {@link Violation#message} and the json module's error codes.
 */
public final class Details {

  private static final Map<Pattern, String> DANISH = new LinkedHashMap<>();

  static {
    // INCONSISTENT
    put("active participation requires attendance", "aktiv deltagelse forudsætter fremmøde");
    put("SM_ONLY carries no CTI or ICM details", "SM_ONLY har ingen CTI- eller ICM-oplysninger");
    put("SM_WITH_CTI carries no ICM details", "SM_WITH_CTI har ingen ICM-oplysninger");
    put("SM_WITH_ICM carries no CTI details", "SM_WITH_ICM har ingen CTI-oplysninger");
    put("endBeforeAge must be above minStartAge", "endBeforeAge skal være større end minStartAge");
    put("response is for instrument (.+)", "besvarelsen hører til instrumentet $1");
    put("response pins version (\\d+) but the instrument is version (\\d+)",
        "besvarelsen angiver version $1, men instrumentet er version $2");
    put("scaleMax must be greater than scaleMin", "scaleMax skal være større end scaleMin");
    put("at most one person is marked as the young person's adult",
        "højst én person må være markeret som den unges voksne");
    put("a type is given but the young person is not in education",
        "der er angivet en uddannelsestype, men den unge er ikke i uddannelse");
    put("a consent cannot be withdrawn before it was given",
        "et samtykke kan ikke trækkes tilbage, før det er givet");
    put("a permission relies on at least one consent", "en tilladelse bygger på mindst ét samtykke");
    put("a YOUNG_PERSON signatory must be the course's young person",
        "en underskriver af typen YOUNG_PERSON skal være forløbets unge");
    put("every revision belongs to the same form", "alle revisioner skal høre til samme skema");
    put("programme (.+) has no housing support", "programmet $1 har ingen bostøtte");
    put("dated after the course ended on (.+)", "dateret efter at forløbet sluttede den $1");
    put("a registration holds education, employment or housing status",
        "en registrering skal indeholde uddannelses-, beskæftigelses- eller boligstatus");
    put("the CPR number's date part differs from the birth date",
        "CPR-nummerets datodel afviger fra fødselsdatoen");
    put("every record is as of the extract's asOf", "alle poster skal være opgjort pr. udtrækkets asOf");
    put("the catalogue already holds another programme with this id, version (\\d+); give the new definition "
        + "another id or build a catalogue without the old one", "kataloget har allerede et andet program med dette "
        + "id, version $1; giv den nye definition et andet id, eller byg et katalog uden det gamle");
    put("programme (.+) of the catalogue has another consent policy with the code (.+)",
        "katalogets program $1 har en anden samtykkeregel med koden $2");
    put("the catalogue holds another instrument (.+) version (\\d+); raise the version or use another id",
        "kataloget har et andet instrument $1 version $2; hæv versionen, eller brug et andet id");
    // INVALID_FORMAT
    put("the built-in programme ([^ ]+) unchanged, or a namespaced id such as ([^ ]+) for a programme of your own",
        "det indbyggede program $1 uændret, eller et id med navnerum som $2 til jeres eget program");
    put("three digits", "tre cifre");
    put("an id of at most 128 printable characters", "et id på højst 128 synlige tegn");
    put("a pseudonymous id, not a CPR number", "et pseudonymt id, ikke et CPR-nummer");
    put("SAM-nnnn or namespace:CODE", "SAM-nnnn eller navnerum:KODE");
    put("UPPER_SNAKE or namespace:UPPER_SNAKE", "UPPER_SNAKE eller navnerum:UPPER_SNAKE");
    put("a rule id such as R-MEET-04", "et regel-id som R-MEET-04");
    put("a path of ids, never a CPR number", "en sti af id'er, aldrig et CPR-nummer");
    put("a pseudonym of 32 hex digits", "et pseudonym på 32 hexadecimale cifre");
    put("a CPR number DDMMYYSSSS or DDMMYY-SSSS with a valid date",
        "et CPR-nummer DDMMÅÅSSSS eller DDMMÅÅ-SSSS med en gyldig dato");
    put("one of the built-in codes", "en af de indbyggede koder");
    // WRONG_TYPE (json reader)
    put("a string", "en tekst");
    put("an object", "et objekt");
    put("an array", "en liste");
    put("an integer", "et heltal");
    put("true or false", "true eller false");
    put("present (omit the field instead of null)", "udfyldt (udelad feltet i stedet for null)");
  }

  private Details() {}

  private static void put(String english, String danish) {
    DANISH.put(Pattern.compile(english.contains("(") ? english : Pattern.quote(english)), danish);
  }

  /** The Danish wording of a known English explanation; any other text is returned unchanged. */
  public static String danish(String english) {
    if (english == null) {
      return null;
    }
    for (Map.Entry<Pattern, String> e : DANISH.entrySet()) {
      Matcher m = e.getKey().matcher(english);
      if (m.matches()) {
        return m.replaceFirst(e.getValue().replace("\\", "\\\\"));
      }
    }
    return english;
  }
}

package nl.themaplein.search.ingest;

import org.marc4j.marc.ControlField;
import org.marc4j.marc.Leader;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;

/**
 * Decides the {@link Format} of a MARC 21 bibliographic record from leader/06 (type of record),
 * leader/07 (bibliographic level), 008 (form of item, type of visual material, type of computer
 * file) and 007 (physical description).
 */
final class MaterialFormat {

    private MaterialFormat() {}

    static Format of(Record record) {
        Leader leader = record.getLeader();
        if (leader == null) {
            return Format.OTHER;
        }
        char type = Character.toLowerCase(leader.getTypeOfRecord());
        char level = Character.toLowerCase(leader.getImplDefined1()[0]);
        String fixed = controlData(record, "008");

        return switch (type) {
            case 'a', 't' -> languageMaterial(record, level, fixed);
            case 'i' -> Format.AUDIOBOOK;
            case 'j' -> Format.MUSIC_RECORDING;
            case 'c', 'd' -> Format.MUSIC_SCORE;
            case 'e', 'f' -> Format.MAP;
            case 'g' -> projectedMedium(fixed);
            case 'm' -> computerFile(record, fixed);
            case 'r' -> charAt(fixed, 33) == 'g' ? Format.GAME : Format.OTHER;
            default -> Format.OTHER;
        };
    }

    /** Books, e-books, serials and websites (an integrating resource online). */
    private static Format languageMaterial(Record record, char level, String fixed) {
        boolean online = isOnline(record, charAt(fixed, 23));
        if (level == 's') {
            return Format.SERIAL;
        }
        if (level == 'i') {
            return online ? Format.ONLINE_RESOURCE : Format.SERIAL;
        }
        return online ? Format.EBOOK : Format.BOOK;
    }

    /** Videos and films; slides, filmstrips and transparencies are "other". */
    private static Format projectedMedium(String fixed) {
        char visual = charAt(fixed, 33);
        return visual == 'f' || visual == 's' || visual == 't' ? Format.OTHER : Format.VIDEO;
    }

    /** Games, programs, and online systems or services (008/26, type of computer file). */
    private static Format computerFile(Record record, String fixed) {
        char fileType = charAt(fixed, 26);
        if (fileType == 'g') {
            return Format.GAME;
        }
        if (fileType == 'b' || fileType == 'f') {
            return Format.SOFTWARE;
        }
        return isOnline(record, charAt(fixed, 23)) || fileType == 'j'
                ? Format.ONLINE_RESOURCE
                : Format.SOFTWARE;
    }

    /**
     * Form of item o/q/s (online, direct electronic, electronic), or a 007 for a remote resource.
     */
    private static boolean isOnline(Record record, char formOfItem) {
        if (formOfItem == 'o' || formOfItem == 'q' || formOfItem == 's') {
            return true;
        }
        for (VariableField field : record.getVariableFields("007")) {
            String data = ((ControlField) field).getData();
            if (data != null
                    && data.length() > 1
                    && data.charAt(0) == 'c'
                    && data.charAt(1) == 'r') {
                return true;
            }
        }
        return false;
    }

    private static String controlData(Record record, String tag) {
        VariableField field = record.getVariableField(tag);
        return field instanceof ControlField control ? control.getData() : null;
    }

    private static char charAt(String data, int index) {
        return data != null && data.length() > index
                ? Character.toLowerCase(data.charAt(index))
                : ' ';
    }
}

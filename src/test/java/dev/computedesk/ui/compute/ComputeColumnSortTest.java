package dev.computedesk.ui.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.time.TimeFormat;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The tables sort rows by keys kept per row ({@link ComputeColumn#rowComparator}): the order is the columns' own
 * ({@link ComputeColumn#comparator}), in the language's collation, and a row whose compute changes sorts by its new
 * text.
 */
class ComputeColumnSortTest {
    private static final ObjectMapper M = ArmJson.mapper();

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private static ComputeResource instance(String name, String state) throws Exception {
        return M.readValue("{\"name\":\"" + name + "\",\"properties\":{\"computeType\":\"ComputeInstance\","
                + "\"provisioningState\":\"Succeeded\",\"properties\":{\"state\":\"" + state + "\"}}}",
                ComputeResource.class);
    }

    private static List<String> sorted(List<ComputeRow> rows, Comparator<ComputeRow> order) {
        List<ComputeRow> copy = new ArrayList<>(rows);
        copy.sort(order);
        return copy.stream().map(ComputeRow::name).toList();
    }

    @Test
    void rowsSortAsTheColumnsCompareTheirComputes() throws Exception {
        List<ComputeRow> rows = new ArrayList<>();
        for (String name : List.of("beta", "Alpha", "ci-10", "ci-9", "alpha2", "Émile", "zeta")) {
            rows.add(new ComputeRow(instance(name, "Running")));
        }
        Collator collator = ComputeColumn.collator();
        TimeFormat time = TimeFormat.system();
        for (ComputeColumn column : List.of(ComputeColumn.NAME, ComputeColumn.STATE, ComputeColumn.VM_SIZE)) {
            Comparator<ComputeResource> plain = column.comparator(() -> null);
            Comparator<ComputeRow> expected = (a, b) -> plain.compare(a.compute(), b.compute());
            assertThat(sorted(rows, column.rowComparator(() -> null, collator, time))).as(column.name())
                    .isEqualTo(sorted(rows, expected));
        }
        assertThat(sorted(rows, ComputeColumn.NAME.rowComparator(() -> null, collator, time)))
                .as("a reader's order: case and accents second, not capitals first")
                .containsExactly("Alpha", "alpha2", "beta", "ci-10", "ci-9", "Émile", "zeta");
    }

    @Test
    void aRowWhoseComputeChangesSortsByItsNewText() throws Exception {
        ComputeRow first = new ComputeRow(instance("ci-a", "Running"));
        ComputeRow second = new ComputeRow(instance("ci-b", "Stopped"));
        Comparator<ComputeRow> byState = ComputeColumn.STATE.rowComparator(() -> null, ComputeColumn.collator(),
                TimeFormat.system());
        assertThat(sorted(List.of(second, first), byState)).containsExactly("ci-a", "ci-b");

        first.update(instance("ci-a", "Stopping"));
        assertThat(sorted(List.of(first, second), byState)).as("Stopped before Stopping")
                .containsExactly("ci-b", "ci-a");
    }

    @Test
    void koreanTextsSortInKoreanOrder() throws Exception {
        Messages.use(Language.KOREAN);
        List<ComputeRow> rows = List.of(new ComputeRow(instance("ci-a", "Stopped")),
                new ComputeRow(instance("ci-b", "Running")), new ComputeRow(instance("ci-c", "Starting")));
        // 시작하는 중 (starting), 실행 중 (running), 중지됨 (stopped): ㅅ, ㅅ, ㅈ in the Korean alphabet's order.
        List<String> states = new ArrayList<>();
        for (String name : sorted(rows, ComputeColumn.STATE.rowComparator(() -> null, ComputeColumn.collator(),
                TimeFormat.system()))) {
            ComputeRow row = rows.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
            states.add(ComputeColumn.stateText(row.compute()));
        }
        List<String> expected = new ArrayList<>(states);
        expected.sort(Collator.getInstance(java.util.Locale.KOREAN));
        assertThat(states).isEqualTo(expected);
        assertThat(states.get(states.size() - 1)).isEqualTo("중지됨");
    }
}

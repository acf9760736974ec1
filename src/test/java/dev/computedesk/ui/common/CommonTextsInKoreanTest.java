package dev.computedesk.ui.common;

import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.ui.common.form.EmptyListHint;
import dev.computedesk.ui.common.form.Labels;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The shared texts (names listed, questions, banners, empty lists) follow the chosen language. */
class CommonTextsInKoreanTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void namesAreListedInASentenceOfTheChosenLanguage() {
        assertThat(Plural.listed(List.of("ci-a", "ci-b", "ci-c"))).isEqualTo("ci-a, ci-b and ci-c");
        Messages.use(Language.KOREAN);
        assertThat(Plural.listed(List.of("ci-a", "ci-b", "ci-c"))).isEqualTo("ci-a, ci-b 및 ci-c");
        assertThat(Plural.listed(List.of("ci-a"))).isEqualTo("ci-a");
    }

    @Test
    void theQuestionBeforeDiscardingTypedInputIsAskedInKorean() {
        Messages.use(Language.KOREAN);
        Confirmation discard = KeyBindings.discard();
        assertThat(discard.header()).isEqualTo("입력한 내용을 버리시겠습니까?");
        assertThat(discard.confirmLabel()).isEqualTo("버리기");
        assertThat(new Confirmation("t", "h", "c", List.of(), "삭제").cancelLabel()).isEqualTo("취소");
    }

    @Test
    void aBannerKeepsArmsMessageAndSaysTheRestInKorean() {
        Messages.use(Language.KOREAN);
        ErrorInfo info = new ErrorInfo(Messages.get("common.code.failed", "컴퓨팅 나열"), "Conflict",
                "The compute is busy.", "r-1", true);
        assertThat(info.summary()).isEqualTo("컴퓨팅 나열 실패 \u00b7 Conflict: The compute is busy. \u00b7 요청 ID r-1");
    }

    @Test
    void anEmptyListSaysWhereToCreateTheResourceInKorean() {
        Messages.use(Language.KOREAN);
        EmptyListHint.Place pools = EmptyListHint.sparkPools("/subscriptions/s/resourceGroups/rg/providers/"
                + "Microsoft.Synapse/workspaces/syn-a", "syn-a");
        assertThat(pools.line()).startsWith("syn-a에 Apache Spark 풀이 없습니다. ");
        assertThat(pools.linkText()).isEqualTo("Synapse Studio에서 syn-a 열기");
        assertThat(EmptyListHint.virtualMachines().url()).isEqualTo(
                "https://portal.azure.com/#create/Microsoft.VirtualMachine");
    }

    @Test
    void identityChoicesKeepTheirValuesAndShowTheChosenLanguage() {
        assertThat(Labels.choice("System-assigned")).isEqualTo("System-assigned");
        Messages.use(Language.KOREAN);
        assertThat(Labels.choice("System-assigned")).isEqualTo("시스템 할당");
        assertThat(Labels.choice("Standard_DS3_v2")).isEqualTo("Standard_DS3_v2");
    }

    @Test
    void tableTextSortsAsAReaderExpectsNotByCodePoint() {
        List<String> names = new ArrayList<>(List.of("Beta", "alpha", "감마", "가"));
        names.sort(TableColumns.displayOrder());
        assertThat(names).containsExactly("alpha", "Beta", "가", "감마");
    }
}

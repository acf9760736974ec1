package dev.computedesk.ui.linkedservices;

import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Synapse link story is told in Korean with the seeds' terms; the route to the direct attach stays the same. */
class LinkedServiceTextsInKoreanTest {

    @AfterEach
    void backToEnglish() {
        Messages.use(Language.ENGLISH);
    }

    @Test
    void thePageAndTheWizardSayInKoreanThatNoNewLinksAreAccepted() {
        Messages.use(Language.KOREAN);
        assertThat(SynapseLinkWording.pageIntro()).startsWith("이 작업 영역에서 Synapse 작업 영역으로의 연결입니다.")
                .contains("새 연결은 더 이상 허용되지 않습니다", "연결된 컴퓨팅 → + 새로 만들기 → Synapse Spark 풀");
        assertThat(AddIntegrationViewModel.Step.POOLS.title()).isEqualTo("Spark 풀 선택(선택 사항)");
    }

    @Test
    void englishStaysAsItWas() {
        assertThat(SynapseLinkWording.refusal()).isEqualTo("New links are no longer accepted: Synapse workspaces can "
                + "no longer be linked to Azure Machine Learning; existing links keep working. Attach a Spark pool "
                + "directly instead, the way Azure recommends:");
    }
}

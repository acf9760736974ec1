package dev.computedesk.ui.compute;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.computedesk.azure.internal.ArmJson;
import dev.computedesk.azure.model.ComputeResource;
import dev.computedesk.domain.compute.ComputeAction;
import dev.computedesk.domain.compute.ComputeNameRule;
import dev.computedesk.domain.compute.ComputeSchedule;
import dev.computedesk.domain.compute.ScheduleDescriber;
import dev.computedesk.domain.text.Language;
import dev.computedesk.domain.text.Messages;
import dev.computedesk.domain.time.TimeFormat;
import dev.computedesk.ui.common.Confirmation;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** In Korean, the Compute page's code speaks Korean: counts, validation, dates and schedules follow the language. */
class KoreanComputeTextsTest {
    private static final ObjectMapper M = ArmJson.mapper();

    @BeforeEach
    void korean() {
        Messages.use(Language.KOREAN);
    }

    @AfterEach
    void english() {
        Messages.use(Language.ENGLISH);
    }

    private static ComputeRow instance(String name, String state) throws Exception {
        return new ComputeRow(M.readValue("{\"name\":\"" + name + "\",\"properties\":{\"computeType\":"
                + "\"ComputeInstance\",\"provisioningState\":\"Succeeded\",\"properties\":{\"state\":\"" + state
                + "\"}}}", ComputeResource.class));
    }

    @Test
    void aConfirmationCountsItsTargetsInKorean() throws Exception {
        Confirmation one = ComputeActionWording.confirmation(ComputeAction.STOP, List.of(instance("ci-x", "Running")));
        assertThat(one.header()).isEqualTo("컴퓨팅 인스턴스 ci-x을(를) 중지하시겠습니까?");
        assertThat(one.title()).isEqualTo("컴퓨팅 인스턴스 중지");

        Confirmation three = ComputeActionWording.confirmation(ComputeAction.DELETE, List.of(
                instance("ci-a", "Stopped"), instance("ci-b", "JobRunning"), instance("ci-c", "Stopped")));
        assertThat(three.header()).isEqualTo("컴퓨팅 인스턴스 3개를 삭제하시겠습니까?");
        assertThat(three.consequence()).startsWith("ci-b에서 지금 작업이 실행 중입니다. 삭제하면 컴퓨팅 인스턴스 3개와")
                .endsWith("이 작업은 취소할 수 없습니다.");
        assertThat(three.confirmLabel()).isEqualTo("삭제");
    }

    @Test
    void theStateAndTheNodeStatesReadInKorean() throws Exception {
        ComputeResource stopped = instance("ci-a", "Stopped").compute();
        assertThat(ComputeColumn.STATE.text(stopped, null)).isEqualTo("중지됨");
        assertThat(ComputeColumn.TYPE.text(stopped, null)).isEqualTo("컴퓨팅 인스턴스");
        assertThat(ComputeColumn.nodeStateCount("idle", 2)).isEqualTo("유휴 2개");
    }

    @Test
    void aValidationMessageIsKorean() {
        assertThat(ComputeNameRule.COMPUTE.validate("ab").message()).isEqualTo("이름은 3자 이상이어야 합니다");
        assertThat(ComputeNameRule.notInUse("CI-A", List.of("ci-a")).message())
                .isEqualTo("이 작업 영역에 이름이 'ci-a'인 컴퓨팅이 이미 있습니다");
    }

    @Test
    void datesAndSchedulesFollowTheLanguage() {
        TimeFormat time = TimeFormat.system();
        assertThat(time.locale().getLanguage()).isEqualTo("ko");
        TimeFormat seoul = new TimeFormat(ZoneId.of("Asia/Seoul"), Messages.locale());
        assertThat(seoul.dateTime(OffsetDateTime.parse("2024-07-24T08:42:00Z"))).isEqualTo("2024. 7. 24. 오후 5:42");

        ScheduleDescriber describer = new ScheduleDescriber(seoul);
        assertThat(describer.describe(ComputeSchedule.cron("Stop", "Enabled", "0 18 * * 1-5", "Korea Standard Time"),
                Instant.parse("2024-07-24T00:00:00Z")))
                .isEqualTo("월–금 오후 6:00에 중지, Korea Standard Time · 다음 실행: 2024. 7. 24. 오후 6:00");
    }
}

package org.reliefdesk.casefile;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.reliefdesk.shared.ChineseIdNumber;

/** Valid, distinct intake data for tests: real check digits, unique usernames. */
public final class Intakes {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(100);

    private Intakes() {
    }

    /** A valid resident ID number for someone born on 1985-03-12 in Chaoyang, Beijing. */
    public static String idNumber(int sequence) {
        String body = "110105" + "19850312" + "%03d".formatted(sequence % 1000);
        return body + ChineseIdNumber.checkDigit(body);
    }

    public static IntakeDetails intake(String name, String mobile) {
        int n = SEQUENCE.incrementAndGet();
        return new IntakeDetails(name, idNumber(n), mobile, "北京市朝阳区建国路 " + n + " 号",
                List.of(new IntakeDetails.Contact("王芳", "配偶", "13912345678")), HardshipReason.UNEMPLOYMENT,
                "公司裁员后失业六个月", false, false, "client" + n + "x" + System.nanoTime() % 100000);
    }
}

package org.qikan.importer.roundtrip;
public class Dbg {
    public static void main(String[] a) throws Exception {
        if (a[0].equals("print")) {
            long seed = Long.parseLong(a[1]);
            java.util.Random random = new java.util.Random(seed);
            Script.Issue issue = new ScriptGenerator(random.nextLong()).issue();
            PrintForm form = PrintForm.random(random);
            System.out.println(form);
            System.out.print(new IssuePrinter(issue, form, random.nextLong()).print());
            return;
        }
        if (a[0].equals("diff")) {
            try { RoundTripTest.check(Long.parseLong(a[1])); System.out.println("ok"); } catch (Throwable t) {
                String m = t.getMessage(); System.out.println(m.length() > 1500 ? m.substring(0, 600) + m.substring(m.length() - 600) : m); }
            return;
        }
        java.util.Map<String, Integer> kinds = new java.util.TreeMap<>();
        java.util.Map<String, Long> example = new java.util.TreeMap<>();
        int fails = 0;
        int n = Integer.parseInt(a[0]);
        for (long seed = 1; seed <= n; seed++) {
            try {
                RoundTripTest.check(seed);
            } catch (Throwable t) {
                fails++;
                String m = String.valueOf(t.getMessage());
                String first = m.contains("Expecting empty but was") ? m.substring(m.indexOf("Expecting empty but was")) : m;
                String kind = first.replaceAll("(?s)^.*?\\[\"article \\d+ ([a-zA-Z]+).*", "$1").replaceAll("(?s)^(.{0,80}).*", "$1");
                kinds.merge(kind, 1, Integer::sum);
                example.putIfAbsent(kind, seed);
            }
        }
        System.out.println("fails " + fails + "/" + n);
        kinds.forEach((k, v) -> System.out.println(v + "  " + k + "  e.g. seed " + example.get(k)));
    }
}

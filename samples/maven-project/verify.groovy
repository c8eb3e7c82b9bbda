// Checks the builds of invoker.properties (sluice-maven-plugin's integration test). Both write
// build.log in turn; the dirty build runs last, so target/sluice holds its reports.
def log = new File(basedir, 'build.log').text
def reports = new File(basedir, 'target/sluice')

// build 1, clean data: passed, with its summary line
assert log.contains('[INFO] sluice: orders: PASSED · 55 checks: 53 passed, 2 skipped · 2,000 rows') :
    'no PASSED summary for the clean data'
// build 2, dirty data: the summary line, then the build failure naming the validation
assert log =~ /\[ERROR\] sluice: orders: FAILED · 55 checks: \d+ passed, \d+ warnings?, \d+ failed/ :
    'no FAILED summary for the dirty data'
assert log.contains('sluice: 1 of 1 validation failed (failOn error): orders (failed); reports in target/sluice') :
    'the build did not fail on the validation'
// the libraries' own logging stays out of the build, and so do stack traces
assert !log.contains('Unknown keyword') : 'library log lines in the build log'
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'a stack trace in the build log'

def junit = new File(reports, 'orders.junit.xml')
assert junit.isFile() : "missing ${junit}"
def suites = new groovy.xml.XmlSlurper().parse(junit)
assert suites.testsuite.@failures.text().toInteger() > 0 : 'the JUnit report counts no failure'
assert suites.testsuite.testcase.size() == 55
assert new File(reports, 'orders.json').text.contains('"verdict" : "failed"')
assert new File(reports, 'orders.txt').text.contains('FAILED')
assert new File(reports, 'orders.html').text.contains('sluice-sample-orders')
return true

@echo off
rem Runs jixiao on Windows, building it first when the jar is missing (needs Java 17 and, to build, Maven).
rem The console is switched to UTF-8 and Java writes UTF-8, so Chinese prints right and a CSV
rem redirected to a file (jixiao search ... --format csv > rows.csv) opens right in Excel.
setlocal
set "here=%~dp0"
set "jar=%here%cli\target\jixiao.jar"
if not exist "%jar%" (
  echo jixiao: building ^(mvn -q -DskipTests package^)... 1>&2
  pushd "%here%"
  call mvn -B -q -DskipTests package 1>&2
  popd
  if not exist "%jar%" exit /b 5
)
if "%JIXIAO_JAVA_OPTS%"=="" set "JIXIAO_JAVA_OPTS=-Xmx4g"
chcp 65001 >nul
java %JIXIAO_JAVA_OPTS% -Dfile.encoding=UTF-8 -Dsun.stdout.encoding=UTF-8 -Dsun.stderr.encoding=UTF-8 -jar "%jar%" %*
exit /b %ERRORLEVEL%
